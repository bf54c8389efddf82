import { afterAll, vi } from 'vitest';

// Runs before every test file. The files of a Vitest project share their worker, its globals and (for
// the `dom` project) one jsdom window instead of starting a process each (`isolate: false` in
// vitest.config.ts), so each file starts from what a fresh worker would give it:

// Our own modules are evaluated again for each file, so their module state (the signed-in persona,
// the start-up gate, notifications, deferred code already loaded, the page-settled tracker) starts as
// on a first import. Packages from node_modules (React, Fluent UI, MSW, zod) stay loaded: they are
// what made a fresh worker per file slow, and they keep no state of ours.
vi.resetModules();

if (typeof window !== 'undefined') {
  localStorage.clear();
  sessionStorage.clear();
  document.head.querySelectorAll('title, meta').forEach((element) => element.remove());
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  window.history.replaceState(null, '', '/');
}

// Whatever a file left behind: mounted trees, fake timers, stubbed globals and environment variables.
afterAll(async () => {
  if (typeof window !== 'undefined') (await import('@testing-library/react')).cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
