import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../scripts/fuzz';

// The randomised reliability test with a fixed seed, so `npm test` is repeatable; `npm run fuzz` plays
// many more runs with any seed. See scripts/fuzz.ts for the steps and docs/reliability.md for figures.
describe('Invariants under random actions, clock moves and faults', () => {
  it('200 seeded runs keep every invariant (no double cancellation, dates fixed, deleted stays deleted, billing resumes only by reactivation)', async () => {
    const report = await runFuzz({ seed: 'npm-test', runs: 200, steps: 20 });
    const first = report.violations[0];
    expect(
      report.violations,
      first === undefined
        ? ''
        : `run ${first.run} step ${first.step}: ${first.invariant} — ${first.detail}\n${first.log.slice(-10).join('\n')}`,
    ).toEqual([]);
    // The run exercised what it claims to: commands, faults, lost answers and moves of the clock.
    expect(report.actions).toBe(200 * 20);
    expect(report.faultsInjected).toBeGreaterThan(50);
    expect(report.lostAnswers).toBeGreaterThan(200);
    expect(report.clockMoves).toBeGreaterThan(400);
    expect(report.statuses['200']).toBeGreaterThan(1000);
    expect(report.statuses['409']).toBeGreaterThan(100);
    // About 15,000 requests through the handlers: seconds of CPU, so a shared CI machine gets room.
  }, 120_000);
});
