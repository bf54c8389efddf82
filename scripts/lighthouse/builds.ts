import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProduction } from '../bench/bundle';

// The builds `npm run lighthouse` compares: the working tree's, and optionally an older commit's,
// built from `git archive` in a folder under the system's temporary directory (the repository's
// worktrees and index stay untouched) with this checkout's node_modules linked in.

export interface Build {
  /** How the report names it. */
  label: string;
  /** The Vite root whose config serves it (its preview middleware: immutable assets). */
  root: string;
  outDir: string;
}

const OUT_DIR = 'dist-lighthouse';

export function buildWorkingTree(cwd: string, log: (message: string) => void): Build {
  log(`building the working tree into ${OUT_DIR}/`);
  buildProduction(cwd, OUT_DIR);
  return { label: 'working tree', root: cwd, outDir: OUT_DIR };
}

/** `rev` built once per commit: a second comparison against the same commit reuses the build. */
export function buildRevision(cwd: string, rev: string, log: (message: string) => void): Build {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
    cwd,
    encoding: 'utf8',
  }).trim();
  const short = sha.slice(0, 10);
  const root = join(tmpdir(), `lighthouse-base-${short}`);
  const label = `${rev} (${short})`;
  if (existsSync(join(root, OUT_DIR, 'index.html'))) {
    log(`reusing the build of ${label} in ${root}`);
    return { label, root, outDir: OUT_DIR };
  }
  log(`extracting ${label} into ${root}`);
  mkdirSync(root, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${root}"`], { cwd });
  if (!existsSync(join(root, 'node_modules'))) {
    symlinkSync(join(cwd, 'node_modules'), join(root, 'node_modules'), 'dir');
  }
  log(`building ${label}`);
  buildProduction(root, OUT_DIR);
  return { label, root, outDir: OUT_DIR };
}
