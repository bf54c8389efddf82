import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { StaticRow } from './static-page';

// The "stack floor" reference (scripts/bench/floor/): the static page's rows rendered by React and
// Fluent UI with the data inlined, built into the bench's folder beside the portal, so that the
// portal's load can be compared with what the stack alone costs, not only with plain HTML.

export const FLOOR_PAGE = 'bench-floor/';

export async function buildFloorPage(
  cwd: string,
  distDir: string,
  rows: readonly StaticRow[],
): Promise<void> {
  await build({
    configFile: false,
    root: join(cwd, 'scripts/bench/floor'),
    base: `/${FLOOR_PAGE}`,
    logLevel: 'error',
    plugins: [react()],
    define: { __FLOOR_ROWS__: JSON.stringify(rows) },
    build: { outDir: join(distDir, FLOOR_PAGE), emptyOutDir: true, target: 'es2022' },
  });
}
