import { summarizeGiven, type Summary } from './stats';

// Where a load's time goes: the portal's milestones, read off the page once the first row is painted,
// so a reader can tell which step moved when the load did. Each is milliseconds from navigation start;
// a milestone the page did not reach (the static page has no worker, a warm load's worker controls the
// page from the start) is left out rather than counted as 0.

/** The milestones, in the order a cold load reaches them, with how the report names them. */
export const LOAD_PHASES = [
  ['scripts', "first load's scripts fetched (the last one's end)"],
  ['workerControls', "mock's worker controls the page (cold only)"],
  ['portalRenders', 'portal starts rendering (`portal:render`)'],
  ['mockAnswers', 'mock answers (`portal:mock-answering`)'],
  ['listReadSent', 'list read sent (GET /subscriptions)'],
  ['listReadAnswered', 'list read answered'],
  ['rowsPainted', 'first row painted'],
] as const;

export type LoadPhase = (typeof LOAD_PHASES)[number][0];
export type PhaseTimes = Partial<Record<LoadPhase, number>>;

/**
 * Evaluated in the page after `visibilityProbe` saw the row painted. A plain string, not a function:
 * the bench runs under tsx, whose helpers do not exist in the page. The scripts' arrival and the
 * worker's control come from the probe, which listens from the document's start.
 */
export const PHASE_TIMES = `(() => {
  const probe = window.__bench;
  const at = probe.visibleAt;
  const out = { rowsPainted: at };
  if (probe.scriptsEnd !== null) out.scripts = probe.scriptsEnd;
  if (typeof probe.workerControlledAt === 'number' && probe.workerControlledAt > 0)
    out.workerControls = probe.workerControlledAt;
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0];
  if (mark('portal:render')) out.portalRenders = mark('portal:render').startTime;
  if (mark('portal:mock-answering')) out.mockAnswers = mark('portal:mock-answering').startTime;
  const read = performance
    .getEntriesByType('resource')
    .find((entry) => entry.startTime <= at && new URL(entry.name).pathname === '/subscriptions');
  if (read) {
    out.listReadSent = read.startTime;
    out.listReadAnswered = read.responseEnd;
  }
  return out;
})()`;

export interface PhaseSummary {
  phase: LoadPhase;
  label: string;
  /** Null when no run reached it. */
  ms: Summary | null;
}

/** Each milestone's spread over the runs that reached it, in the order of `LOAD_PHASES`. */
export function summarizePhases(runs: readonly PhaseTimes[]): PhaseSummary[] {
  return LOAD_PHASES.map(([phase, label]) => {
    return { phase, label, ms: summarizeGiven(runs.map((run) => run[phase])) };
  });
}

/** The report's rows: each milestone's cold and warm median, with the spread, or a dash. */
export function phaseRows(
  cold: readonly PhaseSummary[],
  warm: readonly PhaseSummary[],
): string[][] {
  const cell = (summary: Summary | null) =>
    summary === null
      ? '—'
      : `${summary.median.toFixed(0)} ms (${summary.min.toFixed(0)}–${summary.max.toFixed(0)})`;
  return cold.map((row, index) => [row.label, cell(row.ms), cell(warm[index]?.ms ?? null)]);
}
