/** A measured figure over several runs: the median is what budgets judge, min and max show the spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}

/**
 * The spread of the runs that gave a figure (a run may not: a milestone the page did not reach, an
 * audit Lighthouse left out), or null when none did.
 */
export function summarizeGiven(samples: readonly (number | null | undefined)[]): Summary | null {
  const given = samples.filter((value): value is number => typeof value === 'number');
  return given.length ? summarize(given) : null;
}

/** One decimal is plenty for milliseconds and kilobytes, and keeps the JSON readable. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function roundSummary(summary: Summary): Summary {
  return {
    median: round(summary.median),
    min: round(summary.min),
    max: round(summary.max),
    runs: summary.runs,
  };
}
