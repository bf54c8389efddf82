import type { Browser } from '@playwright/test';
import { freshContext } from './browser';

// What every end-to-end test pays before its first step: a new browser context, a new page, the
// portal's address with the fixture's launch parameters, and the wait for a visible `main`, exactly
// as `gotoPortal` does it (e2e/kit/fixtures.ts). Timed from this process, so Playwright's own round
// trips count, as they do in a suite; closing the context (a test's teardown) does not.
//
// Beside the time, the page's long animation frames say which script kept its main thread busy,
// without tracing or profiling (either changes what it measures): a test runner drives the page
// over the DevTools protocol, which has costs of its own that a plain browser never shows
// (docs/performance.md, eighth round), and this is where they show.

/** `gotoPortal()`'s address with the fixtures' default options (scenario, persona, language). */
export const TEST_START_PATH = '/?scenario=default&as=admin&lang=en-US';

const READY_TIMEOUT_MS = 60_000;
/** After `main` shows, the rows and their styles follow; their frames count too. */
const SETTLE_MS = 1_500;
/** A load with no long frame at all (or a browser without them) reports none after this long. */
const NO_FRAMES_WAIT_MS = 500;

/** Milliseconds of long animation frames by script, and their blocking time in all. */
export interface LongFrames {
  /** Sum of each long frame's time past 50 ms. */
  blockingMs: number;
  /** Milliseconds per script, named by how it ran and its file (`module-script portal`). */
  byScript: Record<string, number>;
}

export interface TestStart {
  ms: number;
  longFrames: LongFrames;
}

interface FrameScript {
  ms: number;
  invokerType: string;
  invoker: string;
  sourceURL: string;
}

/** One long animation frame as the page reports it. */
interface LongFrame {
  blockingMs: number;
  scripts: FrameScript[];
}

/** A script's name in the report: how it ran, and its file without the content hash. */
export function scriptLabel(script: FrameScript): string {
  const file = script.sourceURL
    .replace(/[?#].*$/, '')
    .replace(/.*\//, '')
    .replace(/-[\w-]{8}\.js$/, '');
  const by =
    script.invokerType === 'event-listener' || script.invokerType === 'user-callback'
      ? ` (${script.invoker.replace(/^.*\./, '').replace(/^TimerHandler:/, '')})`
      : '';
  return `${script.invokerType} ${file || 'page'}${by}`;
}

/** Sums the frames a load recorded into blocking time and time per script. */
export function sumLongFrames(frames: readonly LongFrame[]): LongFrames {
  const byScript: Record<string, number> = {};
  let blockingMs = 0;
  for (const frame of frames) {
    blockingMs += frame.blockingMs;
    for (const script of frame.scripts) {
      const label = scriptLabel(script);
      byScript[label] = (byScript[label] ?? 0) + script.ms;
    }
  }
  return { blockingMs, byScript };
}

/** Milliseconds from asking for a new context to `main` visible at `path`, and the page's long frames. */
export async function measureTestStart(
  browser: Browser,
  baseURL: string,
  path: string,
): Promise<TestStart> {
  const started = performance.now();
  const context = await freshContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto(path);
    await page.getByRole('main').waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    const ms = performance.now() - started;
    await page.waitForTimeout(SETTLE_MS);
    // The browser keeps the load's long frames: read afterwards, nothing is added to the timed part.
    const frames = await page.evaluate(
      (waitMs) =>
        new Promise<LongFrame[]>((resolve) => {
          const none = setTimeout(() => resolve([]), waitMs);
          new PerformanceObserver((list, observer) => {
            clearTimeout(none);
            observer.disconnect();
            resolve(
              list.getEntries().map((entry) => {
                const frame = entry as PerformanceEntry & {
                  blockingDuration: number;
                  scripts: {
                    duration: number;
                    invokerType: string;
                    invoker: string;
                    sourceURL: string;
                  }[];
                };
                return {
                  blockingMs: frame.blockingDuration,
                  scripts: frame.scripts.map((script) => ({
                    ms: script.duration,
                    invokerType: script.invokerType,
                    invoker: script.invoker,
                    sourceURL: script.sourceURL,
                  })),
                };
              }),
            );
          }).observe({ type: 'long-animation-frame', buffered: true });
        }),
      NO_FRAMES_WAIT_MS,
    );
    return { ms, longFrames: sumLongFrames(frames) };
  } finally {
    await context.close();
  }
}
