import type { Verdict } from './checks';

// The suite's report: one line per step (tool, step, passed or failed with why), skipped tools, and
// the counts that the last line gives.

const CI = process.env.CI === 'true';

export const counts = { passed: 0, failed: 0 };
export const skipped: string[] = [];

export function report(tool: string, step: string, verdict: Verdict): void {
  const ok = verdict === true;
  counts[ok ? 'passed' : 'failed']++;
  const line = `${tool.padEnd(11)} ${step.padEnd(72)} ${ok ? 'passed' : 'failed'}`;
  console.log(ok ? line : `${line}: ${verdict}`);
}

/** A tool that is not installed: skipped with what to install; a failure only when CI=true. */
export function skip(tool: string, why: string): void {
  skipped.push(tool);
  if (CI) counts.failed++;
  console.log(`${tool.padEnd(11)} skipped: ${why}${CI ? ' (a failure, since CI=true)' : ''}`);
}
