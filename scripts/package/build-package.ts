import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BASE_PLACEHOLDER } from '@/server/portal-html';

// `npm run build:package` (and `prepack`): writes pkg/, what the npm package ships besides its
// package.json and docs (docs/contract.md §7). One step per part, run in order and timed; a part of
// the package is one more entry in STEPS.
//
//   pkg/portal/   the portal's production build, made for a placeholder base path that the command
//                 replaces at start-up (src/server/portal-html.ts), so one build serves any --base
//   pkg/server/   the command and the mock ARM API as plain ESM JavaScript for Node: no tsx, no Vite
//                 at run time; runtime dependencies stay imports (package.json `dependencies`)
//   pkg/playwright/ the Playwright kit (e2e/kit/), `azure-subscriptions-clone/playwright`: ESM with
//                 its type declarations, compiled by tsc alone, since a suite imports it as it is

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PKG_DIR = join(ROOT, 'pkg');

export interface PackageStep {
  name: string;
  run(): Promise<void>;
}

/** The portal as `npm run build` makes it (vite.config.ts), for the base placeholder. */
async function buildPortal(): Promise<void> {
  // vite.config.ts reads BASE_PATH when it is loaded, for what it writes into index.html.
  const previous = process.env.BASE_PATH;
  process.env.BASE_PATH = BASE_PLACEHOLDER;
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      base: BASE_PLACEHOLDER,
      logLevel: 'warn',
      build: {
        outDir: join(PKG_DIR, 'portal'),
        emptyOutDir: true,
        // Rolldown warns when plugins take most of a build's time, which on a busy machine they do
        // (Griffel's transform): noise in every `npm pack`, and nothing about the package.
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
  } finally {
    if (previous === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previous;
  }
}

/** The command (src/server/cli.ts) and what it imports of ours, bundled for Node 20.19. */
async function buildServer(): Promise<void> {
  const outDir = join(PKG_DIR, 'server');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: [{ find: '@', replacement: join(ROOT, 'src') }] },
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        input: { cli: join(ROOT, 'src/server/cli.ts') },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  });
  chmodSync(join(outDir, 'cli.js'), 0o755);
}

/** The Playwright kit, compiled by its own tsconfig (NodeNext: the kit's imports are Node's). */
async function buildPlaywrightKit(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'e2e/kit/tsconfig.build.json')], {
    stdio: 'inherit',
  });
}

export const STEPS: PackageStep[] = [
  { name: 'portal', run: buildPortal },
  { name: 'server', run: buildServer },
  { name: 'playwright kit', run: buildPlaywrightKit },
];

async function main(): Promise<void> {
  const started = performance.now();
  rmSync(PKG_DIR, { recursive: true, force: true });
  for (const step of STEPS) {
    const stepStarted = performance.now();
    await step.run();
    const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
    console.error(`build:package: ${step.name} in ${seconds} s`);
  }
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`build:package: pkg/ written in ${total} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
