// Scripts that run inside the measured pages. They are plain strings, not functions: the bench runs
// under tsx, whose transform adds helpers (`__name`) that do not exist in the page.
//
// "Painted" everywhere means: the DOM change happened, the next frame ran its rAF callbacks, and the
// task after that frame ran, so the pixels were produced. The same rule for the app and the static
// page keeps the comparison fair.

const PAINTED = `
  function afterPaint(callback) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  }
`;

/**
 * Records, in `window.__bench`, when the first element matching `selector` with text was painted
 * (ms since navigation start), which scripts the page had loaded by then and when the last of them
 * arrived, and when a service worker took control of the page (0 when one controlled it from the
 * start, null when none did).
 */
export function visibilityProbe(selector: string): string {
  return `(() => {
  ${PAINTED}
  const workers = navigator.serviceWorker;
  const probe = { visibleAt: null, scripts: [], scriptsEnd: null, workerControlledAt: workers && workers.controller ? 0 : null };
  window.__bench = probe;
  if (workers) {
    workers.addEventListener('controllerchange', () => {
      if (probe.workerControlledAt === null) probe.workerControlledAt = performance.now();
    });
  }
  let seen = false;
  const check = () => {
    if (seen) return;
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element || !element.textContent || !element.textContent.trim()) return;
    seen = true;
    observer.disconnect();
    afterPaint((at) => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\\.m?js(\\?|$)/.test(entry.name) && entry.startTime <= at);
      probe.scripts = scripts.map((entry) => new URL(entry.name).pathname);
      probe.scriptsEnd = scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : null;
      probe.visibleAt = at;
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

export const VISIBLE_READY = 'window.__bench && window.__bench.visibleAt !== null';

/**
 * Keystroke to result: from the keydown event's own timestamp to the paint after the first DOM
 * change under `main`, with the summary line ("Showing n of 5,000") at that moment, so the bench can
 * check that it measured the final result and not an intermediate render.
 */
export function searchProbe(summarySelector: string): string {
  return `(() => {
  ${PAINTED}
  const state = { samples: [], pending: null };
  window.__search = state;
  const main = document.querySelector('main');
  document.addEventListener('keydown', (event) => {
    state.pending = { startedAt: event.timeStamp, changed: false };
  }, true);
  new MutationObserver(() => {
    const pending = state.pending;
    if (!pending || pending.changed) return;
    pending.changed = true;
    afterPaint((at) => {
      const summary = document.querySelector(${JSON.stringify(summarySelector)});
      state.samples.push({ ms: at - pending.startedAt, summary: summary ? summary.textContent : null });
      state.pending = null;
    });
  }).observe(main, { childList: true, subtree: true, characterData: true });
})();`;
}

/**
 * Scrolls `selector` from where it is to the other end, `step` pixels a frame, and resolves with every
 * long task (> 50 ms, the browser's definition) seen meanwhile.
 */
export function scrollAndWatch(selector: string, step: number): string {
  return `new Promise((resolve) => {
  const scroller = document.querySelector(${JSON.stringify(selector)});
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  const down = scroller.scrollTop < bottom / 2;
  let frames = 0;
  const tick = () => {
    frames += 1;
    scroller.scrollTop = down
      ? Math.min(bottom, scroller.scrollTop + ${step})
      : Math.max(0, scroller.scrollTop - ${step});
    const done = down ? scroller.scrollTop >= bottom : scroller.scrollTop <= 0;
    if (!done) { requestAnimationFrame(tick); return; }
    // Two more frames so the last rows render and their task is observed.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      setTimeout(() => {
        for (const entry of observer.takeRecords()) tasks.push(entry.duration);
        observer.disconnect();
        resolve({ tasks, frames, distance: bottom });
      }, 100);
    }));
  };
  requestAnimationFrame(tick);
})`;
}

/** Resolves after the page has painted twice more: whatever a keystroke started has settled. */
export const SETTLE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))`;

/**
 * Click to blade: from the click event's own timestamp to the paint after `main h1` first reads
 * `heading` (the blade's title comes from its data, so its reads have answered too).
 */
export function navigationProbe(heading: string): string {
  return `(() => {
  ${PAINTED}
  const state = { clickAt: null, shownAt: null };
  window.__navigation = state;
  document.addEventListener('click', (event) => {
    if (state.clickAt === null) state.clickAt = event.timeStamp;
  }, { capture: true });
  const observer = new MutationObserver(() => {
    if (state.clickAt === null) return;
    const title = document.querySelector('main h1');
    if (!title || !title.textContent || !title.textContent.includes(${JSON.stringify(heading)})) return;
    observer.disconnect();
    afterPaint((at) => { state.shownAt = at; });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

export const NAVIGATION_READY = 'window.__navigation && window.__navigation.shownAt !== null';
