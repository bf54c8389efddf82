import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// pkg/ is built once per run of the tests: by whichever needs it first (the package command's
// end-to-end tests, or the outsider test's `npm pack`), and again only when a source it is made
// from is newer. A build takes 12 to 15 s on the 2-core machine.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'pkg/server/cli.js');
const SOURCES = [
  'src',
  'e2e/kit',
  'public',
  'scripts/package',
  'index.html',
  'vite.config.ts',
  'package.json',
];

/** Tests are not part of the package: editing one needs no new build. */
const TEST_FILE = /\.test\.tsx?$/;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => !TEST_FILE.test(name))
    .reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Whether pkg/ is newer than every source it is made from. */
export function isPackageFresh(): boolean {
  if (!existsSync(CLI)) return false;
  const sources = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))));
  return statSync(CLI).mtimeMs > sources;
}

/** Builds pkg/ unless it is newer than every source it is made from. */
export function ensurePackageBuilt(): void {
  if (isPackageFresh()) return;
  execFileSync('npm', ['run', '-s', 'build:package'], { cwd: ROOT, stdio: 'pipe' });
}
