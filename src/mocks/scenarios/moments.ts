import { DEMO_MOMENT_IDS, type DemoMomentId } from '@/contract/demo';
import { cancelSubscription } from '@/domain/cancel';
import type { EpochMs, World } from '@/domain/model';
import { DAY_MS, MINUTE_MS } from '@/domain/time';
import { DEFAULT_IDS } from './default-ids';
import { DEFAULT_SCENARIO_ID } from './default-scenario';
import { DEFAULT_PERSONA_ID } from './personas';

// The seed's story at fixed points (contract §8). Each is the `default` scenario loaded at the
// clock, then Contoso Production cancelled some time before it by the domain's own command, so a
// moment holds exactly the facts a real cancellation at that instant would have left.

/** How long before the load Contoso Production was cancelled; none for `seed-start`. */
const CANCELLED_AGO: Readonly<Record<DemoMomentId, number | undefined>> = {
  'seed-start': undefined,
  // R5: inside the up-to-10-minutes window.
  'just-cancelled': MINUTE_MS,
  // R5/R6: past any propagation delay (at most 10 minutes).
  disabled: 11 * MINUTE_MS,
  // R9/R10: the last full day before deletion, still reactivatable.
  'day-89': 89 * DAY_MS,
  // R9: past the 90 days.
  deleted: 91 * DAY_MS,
};

export function isDemoMomentId(id: string): id is DemoMomentId {
  return (DEMO_MOMENT_IDS as readonly string[]).includes(id);
}

export interface DemoMoment {
  scenario: string;
  /** Changes the freshly loaded world; the store saves the result in one write. */
  shape?: (world: World, loadedAt: EpochMs) => World;
}

export function demoMoment(id: DemoMomentId): DemoMoment {
  const ago = CANCELLED_AGO[id];
  if (ago === undefined) return { scenario: DEFAULT_SCENARIO_ID };
  return {
    scenario: DEFAULT_SCENARIO_ID,
    shape: (world, loadedAt) => {
      const production = world.subscriptions.find(
        (s) => s.subscriptionId === DEFAULT_IDS.production,
      );
      const result = cancelSubscription(world, {
        subscriptionId: DEFAULT_IDS.production,
        personaId: DEFAULT_PERSONA_ID,
        body: { confirmation: production?.displayName, reason: 'no-longer-needed' },
        now: loadedAt - ago,
      });
      // The default scenario always lets its admin cancel Contoso Production.
      if (!result.ok) throw new Error(`Moment '${id}': ${result.error.message}`);
      return result.world;
    },
  };
}
