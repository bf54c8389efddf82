import { summarize, summarizeGiven, type Summary } from '../bench/stats';

// What `npm run lighthouse` reads from each Lighthouse report, and how runs become one row: the
// median of each figure on its own (Lighthouse's own "median run" picks one whole run instead, which
// hides how far the others were).

/** The parts of a Lighthouse result (LH.Result) read here. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: readonly Record<string, unknown>[] } } | undefined
  >;
  runtimeError?: { code: string; message: string };
}

export interface RunFigures {
  /** The performance score, 0–100. */
  score: number;
  accessibility: number | null;
  lcpMs: number;
  /**
   * The largest paint as the trace saw it, unthrottled (Lighthouse's `observedLargestContentfulPaint`).
   * The simulated LCP above adds the slow network and CPU to whatever the simulation decides the
   * paint waited for, and it counts a high-priority script that happened to finish downloading
   * before the traced paint as one (Chromium fetches module scripts at high priority): the same
   * HTML paint then simulates at about 1 s or 2.4 s. Printed beside it, this one says which.
   */
  tracedLcpMs: number | null;
  tbtMs: number;
  fcpMs: number;
}

function tracedLcp(result: LighthouseResult): number | null {
  const value = result.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  return typeof value === 'number' ? value : null;
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
    tracedLcpMs: tracedLcp(result),
    tbtMs: audit(result, 'total-blocking-time'),
    fcpMs: audit(result, 'first-contentful-paint'),
  };
}

export interface FigureSummaries {
  score: Summary;
  accessibility: Summary | null;
  lcpMs: Summary;
  tracedLcpMs: Summary | null;
  tbtMs: Summary;
  fcpMs: Summary;
}

export function summarizeRuns(runs: readonly RunFigures[]): FigureSummaries {
  return {
    score: summarize(runs.map((run) => run.score)),
    accessibility: summarizeGiven(runs.map((run) => run.accessibility)),
    lcpMs: summarize(runs.map((run) => run.lcpMs)),
    tracedLcpMs: summarizeGiven(runs.map((run) => run.tracedLcpMs)),
    tbtMs: summarize(runs.map((run) => run.tbtMs)),
    fcpMs: summarize(runs.map((run) => run.fcpMs)),
  };
}

/** The DevTools port Chromium prints on stderr when started with `--remote-debugging-port=0`. */
export function devToolsPort(stderr: string): number | null {
  const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
  return match ? Number(match[1]) : null;
}
