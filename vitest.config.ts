import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Vitest: the app's Vite config (plugins, the `@` alias) with two projects, so that only the tests that
// need a DOM pay for jsdom, and the rest share their imports. docs/testing.md, "What npm test costs".
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const TEST_FILE = /\.test\.tsx?$/;
const DOM_DOCBLOCK = /^\/\/ @vitest-environment jsdom\b/;

/** Test files (relative to the root) that ask for jsdom on their first line. */
function domTests(): string[] {
  return ['src', 'scripts']
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((path) => TEST_FILE.test(path))
        .map((path) => `${dir}/${path.split('\\').join('/')}`),
    )
    .filter((path) => DOM_DOCBLOCK.test(readFileSync(join(ROOT, path), 'utf8')))
    .sort();
}

const DOM_TESTS = domTests();

// Only the app's settings: any `test` block left in vite.config.ts is replaced by this file's.
const { test: _replaced, ...app } = viteConfig;

export default mergeConfig(
  app,
  defineConfig({
    test: {
      restoreMocks: true,
      setupFiles: ['./vitest.setup.ts'],
      testTimeout: 15000,
      reporters: ['default', ['json', { outputFile: 'reports/unit-results.json' }]],
      // Vitest's default is one worker fewer than the cores: one worker on the 2-core CI machine.
      maxWorkers: '100%',
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
            exclude: DOM_TESTS,
            environment: 'node',
            // Files share their worker instead of starting a process each and importing MSW, zod and
            // the SDK again; vitest.setup.ts gives each file fresh modules of ours and restores globals.
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            include: DOM_TESTS,
            environment: 'jsdom',
            // Same sharing as above, in one jsdom window per worker: vitest.setup.ts empties storage and
            // the document and unmounts what a file left before the next file starts.
            isolate: false,
          },
        },
      ],
    },
  }),
);
