// The soak's lines and its summary: pure functions of the samples, so the figures can be checked
// without a browser (report.test.ts).

export interface Sample {
  /** Minutes since the soak started. */
  minute: number;
  pageMb: number;
  /** Null while no mock worker runs (between Chromium stopping it and the next call). */
  workerMb: number | null;
  nodes: number;
  listeners: number;
  /** Mocked calls (ARM and /__demo/*) the page has made so far. */
  requests: number;
  errors: number;
}

const mb = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

export function sampleLine(sample: Sample): string {
  return [
    `[soak] minute ${String(Math.round(sample.minute)).padStart(3)}`,
    `page ${mb(sample.pageMb)} MB`,
    `worker ${mb(sample.workerMb)} MB`,
    `DOM nodes ${sample.nodes}`,
    `listeners ${sample.listeners}`,
    `requests ${sample.requests}`,
    `errors ${sample.errors}`,
  ].join(' · ');
}

/** The least-squares slope of y over x; null with fewer than two distinct x. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  }
  return den === 0 ? null : num / den;
}

export interface Growth {
  perMinute: number | null;
  perThousandCalls: number | null;
}

function growth(samples: readonly Sample[], value: (sample: Sample) => number | null): Growth {
  const measured = samples.flatMap((sample) => {
    const y = value(sample);
    return y === null ? [] : [{ sample, y }];
  });
  return {
    perMinute: slope(measured.map(({ sample, y }) => [sample.minute, y])),
    perThousandCalls: slope(measured.map(({ sample, y }) => [sample.requests / 1000, y])),
  };
}

export interface Summary {
  minutes: number;
  requests: number;
  errors: number;
  page: Growth;
  worker: Growth;
  nodes: Growth;
  listeners: Growth;
}

/**
 * Growth is the slope over every sample after the first (the first is taken as the demo starts,
 * before its code and data have all loaded), so one noisy reading moves it little.
 */
export function summarize(samples: readonly Sample[]): Summary {
  const steady = samples.slice(1);
  const last = samples.at(-1);
  return {
    minutes: last?.minute ?? 0,
    requests: last?.requests ?? 0,
    errors: last?.errors ?? 0,
    page: growth(steady, (sample) => sample.pageMb),
    worker: growth(steady, (sample) => sample.workerMb),
    nodes: growth(steady, (sample) => sample.nodes),
    listeners: growth(steady, (sample) => sample.listeners),
  };
}

const signed = (value: number | null, digits: number): string =>
  value === null ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

export function summaryLines(summary: Summary): string[] {
  const row = (name: string, g: Growth, unit: string, digits: number) =>
    `[soak]   ${name.padEnd(9)} ${signed(g.perMinute, digits)} ${unit}/min · ${signed(
      g.perThousandCalls,
      digits,
    )} ${unit} per 1,000 calls`;
  return [
    `[soak] summary: ${summary.minutes.toFixed(1)} min, ${summary.requests} mocked calls, ${
      summary.errors
    } errors`,
    row('page', summary.page, 'MB', 3),
    row('worker', summary.worker, 'MB', 3),
    row('DOM nodes', summary.nodes, 'nodes', 0),
    row('listeners', summary.listeners, 'listeners', 0),
  ];
}
