import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The test suite's wall time. By default it is read from the last Playwright report (the end-to-end
// stage dominates `npm test`), and counts only when that run was the whole suite; with `--npm-test`
// the bench runs the whole `npm test` and times it.

export interface WallTime {
  source: 'npm test (measured now)' | 'reports/e2e-results.json' | 'none';
  /** What the figure covers. */
  covers: string;
  seconds: number | null;
  tests: number | null;
  suiteTests: number | null;
  startedAt: string | null;
  passed: boolean | null;
}

interface PlaywrightStats {
  startTime?: string;
  duration?: number;
  expected?: number;
  unexpected?: number;
  flaky?: number;
  skipped?: number;
}

/** How many tests the end-to-end suite has now (`playwright test --list`, which starts no server). */
function suiteSize(cwd: string): number | null {
  const result = spawnSync(
    process.execPath,
    // The list reporter only: the configured JSON reporter would overwrite the last run's report.
    [join(cwd, 'node_modules/@playwright/test/cli.js'), 'test', '--list', '--reporter=list'],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  const match = /Total: (\d+) tests?/.exec(result.stdout ?? '');
  return match ? Number(match[1]) : null;
}

export function lastE2eRun(cwd: string): WallTime {
  const path = join(cwd, 'reports/e2e-results.json');
  const suiteTests = suiteSize(cwd);
  if (!existsSync(path)) {
    return {
      source: 'none',
      covers: 'no report yet: run `npm test`, or the bench with --npm-test',
      seconds: null,
      tests: null,
      suiteTests,
      startedAt: null,
      passed: null,
    };
  }
  const stats = (JSON.parse(readFileSync(path, 'utf8')) as { stats?: PlaywrightStats }).stats ?? {};
  const tests =
    (stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (stats.skipped ?? 0);
  const whole = suiteTests !== null && tests === suiteTests;
  return {
    source: 'reports/e2e-results.json',
    covers: whole
      ? `the last end-to-end run, the whole suite (${tests} tests)`
      : `the last end-to-end run covered ${tests} of ${suiteTests ?? '?'} tests, so it says nothing of the suite`,
    seconds: whole && stats.duration !== undefined ? stats.duration / 1000 : null,
    tests,
    suiteTests,
    startedAt: stats.startTime ?? null,
    passed: (stats.unexpected ?? 0) === 0,
  };
}

/**
 * Runs `npm test` as CI does (`CI=true`), with the caller's E2E_* variables, and times it. A run that
 * fails gives no figure: its time says nothing of the suite.
 */
export function runNpmTest(cwd: string): WallTime {
  const startedAt = new Date();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  // Serving the build in this process set NODE_ENV=production, which would give Vitest React's
  // production build (no act()).
  delete env.NODE_ENV;
  const result = spawnSync('npm', ['test'], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env });
  const seconds = (performance.now() - started) / 1000;
  const suiteTests = suiteSize(cwd);
  const passed = result.status === 0;
  return {
    source: 'npm test (measured now)',
    covers: passed
      ? `type-check, lint, unit and end-to-end tests (${suiteTests ?? '?'} end-to-end tests)`
      : `npm test failed after ${seconds.toFixed(0)} s, so it gives no figure`,
    seconds: passed ? seconds : null,
    tests: passed ? suiteTests : null,
    suiteTests,
    startedAt: startedAt.toISOString(),
    passed,
  };
}
