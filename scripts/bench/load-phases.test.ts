import { describe, expect, it } from 'vitest';
import { LOAD_PHASES, phaseRows, summarizePhases } from './load-phases';

describe("Bench: the portal's load, milestone by milestone", () => {
  it('summarises each milestone over the runs that reached it, in the order of a load', () => {
    const phases = summarizePhases([
      { scripts: 300, workerControls: 420, rowsPainted: 800 },
      { scripts: 340, rowsPainted: 700 },
      { scripts: 320, rowsPainted: 900 },
    ]);
    expect(phases.map((row) => row.phase)).toEqual(LOAD_PHASES.map(([phase]) => phase));
    expect(phases.find((row) => row.phase === 'scripts')?.ms).toEqual({
      median: 320,
      min: 300,
      max: 340,
      runs: 3,
    });
    // Reached in one run only: not counted as 0 in the others.
    expect(phases.find((row) => row.phase === 'workerControls')?.ms?.median).toBe(420);
    expect(phases.find((row) => row.phase === 'mockAnswers')?.ms).toBeNull();
  });

  it('reports a milestone no run reached as a dash, beside the other load', () => {
    const cold = summarizePhases([{ workerControls: 420, rowsPainted: 800 }]);
    const warm = summarizePhases([{ rowsPainted: 450 }]);
    const rows = phaseRows(cold, warm);
    const worker = rows[LOAD_PHASES.findIndex(([phase]) => phase === 'workerControls')];
    expect(worker?.slice(1)).toEqual(['420 ms (420–420)', '—']);
    expect(rows.at(-1)?.slice(1)).toEqual(['800 ms (800–800)', '450 ms (450–450)']);
  });
});
