import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../../scripts/fuzz';
import { DEMO_CLOCK_RANGE, DEMO_MOMENT_IDS } from '@/contract/demo';
import type { World } from '@/domain/model';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { demoMoment } from '../scenarios/moments';
import { buildScenario, SCENARIO_IDS } from '../scenarios/registry';
import { createMemoryStorage } from './key-value-storage';
import { createMockStore } from './mock-store';
import { worldProblems } from './world-validator';

const T = Date.UTC(2026, 2, 15, 9);

/** A copy, so that nothing is taken as the scenario's own (unchecked) object. */
const problemsOf = (world: World, base: World): string[] =>
  worldProblems(structuredClone(world), base);

describe('one validator for every world (contract §9)', () => {
  it.each(SCENARIO_IDS)(
    'Contract §9: the built-in scenario %s passes, built at either end of the clock’s range and today',
    (id) => {
      for (const loadedAt of [DEMO_CLOCK_RANGE.min, T, DEMO_CLOCK_RANGE.max]) {
        const base = buildScenario(id, loadedAt);
        expect(problemsOf(base, base)).toEqual([]);
      }
    },
  );

  it.each(DEMO_MOMENT_IDS)('Contract §9: the built-in moment %s passes', (id) => {
    const moment = demoMoment(id);
    for (const loadedAt of [DEMO_CLOCK_RANGE.min, T, DEMO_CLOCK_RANGE.max]) {
      const base = buildScenario(moment.scenario, loadedAt);
      const world = moment.shape?.(base, loadedAt) ?? base;
      expect(problemsOf(world, base)).toEqual([]);
    }
  });

  it('Contract §8, §9: worlds reached by random API runs are valid snapshots and round-trip unchanged', async () => {
    // Every step of 12 runs: renames (emoji included), cancels with comments over two lines,
    // reactivations, tickets, moves, resource actions, faults and clock moves, then GET and PUT
    // /__demo/snapshot into another mock, whose state must be the same byte for byte.
    const report = await runFuzz({
      seed: 'snapshot-round-trip',
      runs: 12,
      steps: 40,
      snapshotEvery: 1,
    });
    const first = report.violations[0];
    expect(
      report.violations,
      first === undefined ? '' : `run ${first.run} step ${first.step}: ${first.detail}`,
    ).toEqual([]);
    expect(report.snapshotRoundTrips).toBe(12 * 41);
    expect(report.statuses['200']).toBeGreaterThan(100);
  }, 60_000);

  it('Contract §9: a world refused by the validator is refused before a large document is read item by item', () => {
    const store = createMockStore({
      storage: createMemoryStorage(),
      fresh: true,
      systemNow: () => T,
    });
    const saved = store.savedState();
    const before = JSON.stringify(saved);
    const model = store.world().subscriptions[0];
    const huge = {
      ...saved,
      world: {
        ...saved.world,
        subscriptions: {
          removed: [],
          upserts: Array.from({ length: 100_000 }, (_, i) => ({
            ...model,
            subscriptionId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          })),
        },
      },
    };
    expect(store.restore(huge)).toEqual({
      ok: false,
      reason:
        'The snapshot holds a world the API could not have reached: world.subscriptions: must hold at most 10000 items (got 100007).',
    });
    const padded = {
      ...saved,
      world: {
        ...saved.world,
        subscriptions: { removed: [], upserts: [{ ...model, padding: 'p'.repeat(20 << 20) }] },
      },
    };
    const refused = store.restore(padded);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toContain(
      'world.subscriptions.upserts[0]: Unrecognized key: "padding"',
    );
    expect(JSON.stringify(store.savedState())).toBe(before);
  });

  it('Contract §9: a reactivation names a support ticket the world holds', () => {
    const base = buildScenario('default', T);
    const world = structuredClone(base);
    const sandbox = world.subscriptions.find((s) => s.subscriptionId === DEFAULT_IDS.sandbox);
    const record = sandbox?.cancellations[0];
    if (record === undefined) throw new Error('the default scenario cancels Contoso Sandbox');
    Object.assign(record, {
      reactivatedAt: T,
      reactivatedBy: 'admin',
      reactivatedVia: 'support',
      reactivationTicket: 'nowhere',
    });
    expect(worldProblems(world, base)).toEqual([
      "world.subscriptions[6].cancellations[0].reactivationTicket: names no support ticket of the world ('nowhere')",
    ]);
  });

  it('Contract §9: the scenario’s own names stay valid though a rename would refuse them (Contoso Dev/Test)', () => {
    const base = buildScenario('default', T);
    expect(base.subscriptions.some((s) => s.displayName.includes('/'))).toBe(true);
    expect(problemsOf(base, base)).toEqual([]);
  });
});
