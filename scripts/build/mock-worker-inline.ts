import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * public/mock-worker.js is the portal's few lines around MSW's own worker, which it loads with
 * `importScripts('./mockServiceWorker.js')` (kept exactly as `npx msw init` generates it). A first
 * visit installs the worker while the app loads, and a second request made from inside the starting
 * worker is on that path: the production build writes one file instead, MSW's worker inlined where it
 * was imported (registration to activation 6–16 ms sooner, docs/performance.md). The dev server serves
 * public/ as it is. mockServiceWorker.js stays in the build for anything that asks for it by name.
 */
export const IMPORT_MSW_WORKER = "importScripts('./mockServiceWorker.js');";

/**
 * MSW's function that public/mock-worker.js wraps so that no stream is left per mocked call
 * (docs/reliability.md): an MSW upgrade without it stops the build here rather than break the worker.
 */
export const MSW_SEND_TO_CLIENT = 'function sendToClient(client, message, transferrables';

/** The portal's worker with MSW's worker inlined in place of its import. */
export function inlineMswWorker(portalWorker: string, mswWorker: string): string {
  const at = portalWorker.indexOf(IMPORT_MSW_WORKER);
  if (at === -1 || portalWorker.indexOf(IMPORT_MSW_WORKER, at + 1) !== -1) {
    throw new Error(`mock-worker-inline: expected one ${IMPORT_MSW_WORKER} in mock-worker.js`);
  }
  if (!mswWorker.includes(MSW_SEND_TO_CLIENT)) {
    throw new Error(
      'mock-worker-inline: MSW’s worker no longer has the sendToClient that mock-worker.js wraps; ' +
        'see docs/reliability.md, "Service worker memory per mocked call"',
    );
  }
  return (
    portalWorker.slice(0, at) +
    `// ${IMPORT_MSW_WORKER.replace('importScripts', 'inlined at build time:')}\n` +
    mswWorker +
    portalWorker.slice(at + IMPORT_MSW_WORKER.length)
  );
}

export function mockWorkerInOneFile(): Plugin {
  let outDir = '';
  return {
    name: 'mock-worker-in-one-file',
    apply: 'build',
    configResolved: (config) => {
      // Only a build that writes public/ out (not first-load-chunks.ts's probe).
      const writesPublic = config.build.write && config.build.copyPublicDir;
      outDir = writesPublic ? resolve(config.root, config.build.outDir) : '';
    },
    closeBundle: () => {
      if (outDir === '') return;
      const target = join(outDir, 'mock-worker.js');
      // A build that failed wrote nothing, and still closes its bundle: reading the missing file here
      // would throw ENOENT over the build's own error.
      if (!existsSync(target)) return;
      const inlined = inlineMswWorker(
        readFileSync(target, 'utf8'),
        readFileSync(join(outDir, 'mockServiceWorker.js'), 'utf8'),
      );
      writeFileSync(target, inlined);
    },
  };
}
