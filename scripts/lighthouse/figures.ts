import { summarize, type Summary } from '../bench/stats';

// What `npm run lighthouse` reads from each Lighthouse report, and how runs become one row: the
// median of each figure on its own (Lighthouse's own "median run" picks one whole run instead, which
// hides how far the others were).

/** The parts of a Lighthouse result (LH.Result) read here. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

export interface RunFigures {
  /** The performance score, 0–100. */
  score: number;
  accessibility: number | null;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
}

function audit(result: LighthouseResult, id: string): number {
  const value = result.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no ${id}`);
  return value;
}

export function figuresOf(result: LighthouseResult): RunFigures {
  if (result.runtimeError) {
    throw new Error(`Lighthouse: ${result.runtimeError.code}: ${result.runtimeError.message}`);
  }
  const performance = result.categories.performance?.score;
  if (performance === null || performance === undefined) {
    throw new Error('Lighthouse gave no performance score');
  }
  const accessibility = result.categories.accessibility?.score;
  return {
    score: Math.round(performance * 100),
    accessibility:
      accessibility === null || accessibility === undefined
        ? null
        : Math.round(accessibility * 100),
    lcpMs: audit(result, 'largest-contentful-paint'),
    tbtMs: audit(result, 'total-blocking-time'),
    fcpMs: audit(result, 'first-contentful-paint'),
  };
}

export interface FigureSummaries {
  score: Summary;
  accessibility: Summary | null;
  lcpMs: Summary;
  tbtMs: Summary;
  fcpMs: Summary;
}

export function summarizeRuns(runs: readonly RunFigures[]): FigureSummaries {
  const accessibility = runs
    .map((run) => run.accessibility)
    .filter((value): value is number => value !== null);
  return {
    score: summarize(runs.map((run) => run.score)),
    accessibility: accessibility.length ? summarize(accessibility) : null,
    lcpMs: summarize(runs.map((run) => run.lcpMs)),
    tbtMs: summarize(runs.map((run) => run.tbtMs)),
    fcpMs: summarize(runs.map((run) => run.fcpMs)),
  };
}

/** The DevTools port Chromium prints on stderr when started with `--remote-debugging-port=0`. */
export function devToolsPort(stderr: string): number | null {
  const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
  return match ? Number(match[1]) : null;
}
