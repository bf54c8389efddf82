import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_LOAD_ROOTS } from '../build/first-load-chunks';

// What the browser downloads: each chunk's size raw and gzipped (as a static host serves it), and the
// extra JavaScript each lazy route costs on top of what the first load already fetched.

export interface ChunkSize {
  file: string;
  rawKb: number;
  gzipKb: number;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteCost {
  /** The lazily imported module (a blade, or another on-demand piece such as the demo panel). */
  module: string;
  /** The portal URL that loads it, where it is a route. */
  url: string | undefined;
  chunks: number;
  gzipKb: number;
  /** Fetched by the measured first load of /subscriptions (the list's blade, the mock). */
  inFirstLoad: boolean;
}

/** Which URL each lazily loaded blade serves (contract §3), for the per-route table. */
const ROUTE_OF_MODULE: Record<string, string> = {
  'src/features/subscriptions/components/subscriptions-blade.tsx': '/subscriptions',
  'src/features/overview/components/overview-blade.tsx': '/subscriptions/{id}',
  'src/features/resources/components/resources-blade.tsx': '/subscriptions/{id}/resources',
  'src/features/cancel-wizard/components/cancel-wizard-blade.tsx': '/subscriptions/{id}/cancel',
  'src/features/move-resources/components/move-blade.tsx': '/subscriptions/{id}/resources/move',
  'src/features/account-center/components/account-center-blade.tsx': '/account',
  'src/features/support/components/support-list-blade.tsx': '/support',
  'src/features/support/components/new-support-request-blade.tsx': '/support/new',
};

/** Builds the production bundle into `outDir` with a manifest (the bench's own folder, never `dist`). */
export function buildProduction(cwd: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      join(cwd, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
    ],
    { cwd, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? 'signal'})`);
  return performance.now() - started;
}

const sizeCache = new Map<string, ChunkSize>();

export function chunkSize(distDir: string, file: string): ChunkSize {
  const cached = sizeCache.get(file);
  if (cached) return cached;
  const bytes = readFileSync(join(distDir, file));
  const size = {
    file,
    rawKb: bytes.length / 1024,
    gzipKb: gzipSync(bytes, { level: 9 }).length / 1024,
  };
  sizeCache.set(file, size);
  return size;
}

function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** A chunk and every chunk it imports statically (what loading it fetches). */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, into);
  return into;
}

/**
 * The extra JavaScript of every lazily imported module beyond the entry's static graph: what a user
 * downloads the first time they open that blade (or panel) after the first load.
 */
export function lazyModuleCosts(distDir: string, firstLoad: ReadonlySet<string>): RouteCost[] {
  const manifest = readManifest(distDir);
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk.');
  // What the first load already has: the entry's static graph and what it imports dynamically at
  // once (the portal's and the mock's chunks, src/app/main.tsx), as fetched before the list showed.
  const initial = closure(manifest, entry);
  for (const [key, chunk] of Object.entries(manifest)) {
    if (firstLoad.has(chunk.file)) closure(manifest, key, initial);
  }
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry && chunk.file.endsWith('.js'))
    .map(([key, chunk]) => {
      const extra = [...closure(manifest, key)].filter((k) => !initial.has(k));
      const files = extra.map((k) => manifest[k]?.file).filter((f): f is string => Boolean(f));
      const src = chunk.src ?? key;
      return {
        module: src,
        url: ROUTE_OF_MODULE[src],
        chunks: files.length,
        gzipKb: files.reduce((sum, file) => sum + chunkSize(distDir, file).gzipKb, 0),
        inFirstLoad: firstLoad.has(chunk.file),
      };
    })
    .concat(
      // Bundled into the entry's chunks by scripts/build/first-load-chunks.ts: nothing on top.
      FIRST_LOAD_ROOTS.portal
        .map((root) => root.replace(/^\//, ''))
        .filter(
          (module) => ROUTE_OF_MODULE[module] !== undefined && !manifest[module]?.isDynamicEntry,
        )
        .map((module) => ({
          module,
          url: ROUTE_OF_MODULE[module],
          chunks: 0,
          gzipKb: 0,
          inFirstLoad: true,
        })),
    )
    .sort((a, b) => (a.url ?? '~' + a.module).localeCompare(b.url ?? '~' + b.module));
}

/** Every route the portal lazily loads must be in the build, or the table would silently lose a row. */
export function missingRoutes(costs: readonly RouteCost[]): string[] {
  const found = new Set(costs.map((cost) => cost.module));
  return Object.keys(ROUTE_OF_MODULE).filter((module) => !found.has(module));
}
