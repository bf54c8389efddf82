import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_MSW_WORKER,
  inlineMswWorker,
  mockWorkerInOneFile,
  MSW_SEND_TO_CLIENT,
} from './mock-worker-inline';

const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('The mock worker in one file: the first visit’s worker installs sooner', () => {
  it('puts MSW’s worker where public/mock-worker.js imports it, after the portal’s listeners', () => {
    const portal = read('public/mock-worker.js');
    const msw = read('public/mockServiceWorker.js');
    const inlined = inlineMswWorker(portal, msw);
    expect(inlined).not.toContain(IMPORT_MSW_WORKER);
    expect(inlined).toContain(msw);
    // The claim listener must come first: it stops MSW's own handling of its message.
    expect(inlined.indexOf("'PORTAL_CLAIM'")).toBeLessThan(inlined.indexOf(msw));
    expect(inlined.indexOf('addRoutes')).toBeLessThan(inlined.indexOf(msw));
  });

  it('stops the build when the import is missing or repeated', () => {
    expect(() => inlineMswWorker('self.x = 1;', 'msw')).toThrow(/expected one/);
    expect(() => inlineMswWorker(`${IMPORT_MSW_WORKER}\n${IMPORT_MSW_WORKER}`, 'msw')).toThrow(
      /expected one/,
    );
  });

  it('stops the build when MSW’s worker no longer has the sendToClient that the portal wraps', () => {
    expect(read('public/mockServiceWorker.js')).toContain(MSW_SEND_TO_CLIENT);
    expect(() => inlineMswWorker(IMPORT_MSW_WORKER, 'function relay() {}')).toThrow(/sendToClient/);
  });

  it('leaves a failed build’s own error alone: with nothing written, it has nothing to inline', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'mock-worker-inline-'));
    try {
      const plugin = mockWorkerInOneFile() as unknown as {
        configResolved: (config: object) => void;
        closeBundle: () => void;
      };
      plugin.configResolved({
        root: outDir,
        build: { write: true, copyPublicDir: true, outDir },
      });
      expect(() => plugin.closeBundle()).not.toThrow();
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
