import { useEffect } from 'react';

// What the first screen does not need (the account's avatar, the toaster) waits until the page has
// settled: the document has loaded, no loading indicator is left on screen, and the browser has an
// idle moment. Then it costs the content nothing. A page that keeps a loading indicator up (a slow or
// failing read) settles after MAX_WAIT_MS anyway.
// Measured against the plain alternatives, alternating builds on a busy machine: loading that code as
// soon as the shell mounts put up to 32 KB gzip more before the list shows in some cold loads (cold
// median 880 against 699 ms); waiting for the load event and an idle moment alone ran it before the
// list in one warm load of 9 (42 KB more), and the warm median was 42 to 136 ms slower in 4 of 5
// comparisons. So the loading indicators are tracked.

const MAX_WAIT_MS = 5_000;
const IDLE_TIMEOUT_MS = 1_000;

let busy = 0;
let settled = false;
let checking = false;
let settledPromise: Promise<void> | undefined;
let resolveSettled: (() => void) | undefined;

function onIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  } else {
    window.setTimeout(callback, 1);
  }
}

function settle(): void {
  if (settled) return;
  settled = true;
  resolveSettled?.();
}

function check(): void {
  if (settled || checking || busy > 0 || document.readyState !== 'complete') return;
  checking = true;
  onIdle(() => {
    checking = false;
    // Something may have started loading since.
    if (busy === 0) settle();
  });
}

/** Resolves once the page has settled (see above); at once if it already has. */
export function whenPageSettled(): Promise<void> {
  if (!settledPromise) {
    settledPromise = new Promise((resolve) => {
      resolveSettled = resolve;
    });
    window.addEventListener('load', check, { once: true });
    window.setTimeout(settle, MAX_WAIT_MS);
    check();
  }
  return settledPromise;
}

let turns: Promise<void> = Promise.resolve();

/**
 * An idle moment of the caller's own, after those that earlier callers were given: what waits for the
 * page to settle then starts one piece per idle moment. Started together, the four deferred downloads
 * made one task of 27–47 ms in Lighthouse's traces of a phone (each adds its preload links to the
 * document); one at a time they make tasks of 13–17 ms (docs/performance.md).
 */
export function nextIdleTurn(): Promise<void> {
  const turn = turns.then(() => new Promise<void>((resolve) => onIdle(resolve)));
  turns = turn;
  return turn;
}

/** Marks the page as loading until the returned function is called (once). */
export function markPageBusy(): () => void {
  busy += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    busy -= 1;
    if (busy === 0 && settledPromise) check();
  };
}

/** The page is loading while the calling component (a spinner, a skeleton) is mounted. */
export function usePageBusy(): void {
  useEffect(() => markPageBusy(), []);
}

/** Tests only: forget every loading indicator and the settled state. */
export function resetPageSettledForTests(): void {
  busy = 0;
  settled = false;
  checking = false;
  settledPromise = undefined;
  resolveSettled = undefined;
  turns = Promise.resolve();
}
