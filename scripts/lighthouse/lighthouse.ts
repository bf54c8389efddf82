import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse';
import { servePreview } from '../bench/browser';
import { table } from '../bench/report';
import { round } from '../bench/stats';
import { CHROMIUM_ARGS, systemChromium } from '../chromium';
import { buildRevision, buildWorkingTree, type Build } from './builds';
import {
  devToolsPort,
  figuresOf,
  summarizeRuns,
  type FigureSummaries,
  type LighthouseResult,
  type RunFigures,
} from './figures';

// `npm run lighthouse`: Lighthouse (its Node API) in Debian's Chromium against the production build,
// served as `npm run preview` serves it, with the mobile and desktop presets; the median of N runs.
// With `--base <rev>` it also builds that commit and runs the two builds alternately, so that a busy
// moment on a shared machine hits both alike. See docs/performance.md.

const cwd = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.LIGHTHOUSE_RUNS ?? '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4195' },
    path: { type: 'string', default: '/subscriptions' },
    preset: { type: 'string', multiple: true, default: ['mobile', 'desktop'] },
    base: { type: 'string' },
    // A commit to measure instead of the working tree (which may hold others' unfinished edits).
    new: { type: 'string' },
    out: { type: 'string' },
    // Every run's whole report (Lighthouse's JSON, which its viewer opens), to see what a figure is made of.
    reports: { type: 'string' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
const PRESETS: Record<string, Config | undefined> = { mobile: undefined, desktop: desktopConfig };
for (const preset of args.preset) {
  if (!(preset in PRESETS)) throw new Error(`--preset is mobile or desktop, not ${preset}`);
}
// Served at the root; a BASE_PATH meant for a deployment would only move it.
process.env.BASE_PATH = '/';

let lighthouseVersion = '';

function log(message: string): void {
  process.stderr.write(`[lighthouse] ${message}\n`);
}

/** A Chromium of its own for each run (a fresh profile: no worker, no cache), as Lighthouse advises. */
async function withChromium<T>(task: (port: number) => Promise<T>): Promise<T> {
  const executable = systemChromium();
  if (!executable) throw new Error('No system Chromium (scripts/chromium.ts)');
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-sync',
      '--mute-audio',
      '--password-store=basic',
      'about:blank',
    ],
    // Its own process group, so that its helper processes end with it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  try {
    const port = await new Promise<number>((resolvePort, reject) => {
      let stderr = '';
      const timer = setTimeout(
        () => reject(new Error(`Chromium did not start: ${stderr}`)),
        30_000,
      );
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = devToolsPort(stderr);
        if (found !== null) {
          clearTimeout(timer);
          resolvePort(found);
        }
      });
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${stderr}`)));
    });
    return await task(port);
  } finally {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

async function runOnce(url: string, preset: string, name: string): Promise<RunFigures> {
  return withChromium(async (port) => {
    const flags: Flags = {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    };
    const result = await lighthouse(url, flags, PRESETS[preset]);
    if (!result) throw new Error('Lighthouse returned nothing');
    lighthouseVersion = result.lhr.lighthouseVersion;
    if (args.reports) {
      mkdirSync(resolve(cwd, args.reports), { recursive: true });
      writeFileSync(resolve(cwd, args.reports, `${name}.json`), JSON.stringify(result.lhr));
    }
    return figuresOf(result.lhr as unknown as LighthouseResult);
  });
}

interface Served {
  build: Build;
  url: string;
  close: () => Promise<void>;
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const builds = [args.new ? buildRevision(cwd, args.new, log) : buildWorkingTree(cwd, log)];
  if (args.base) builds.unshift(buildRevision(cwd, args.base, log));
  const served: Served[] = [];
  try {
    for (const [index, build] of builds.entries()) {
      const { server, baseURL } = await servePreview(
        build.root,
        build.outDir,
        Number(args.port) + index,
      );
      served.push({
        build,
        url: new URL(args.path.replace(/^\//, ''), baseURL).href,
        close: () => server.close(),
      });
    }
    const figures = new Map<string, RunFigures[]>();
    const key = (preset: string, label: string) => `${preset}\n${label}`;
    for (let run = 0; run < runs; run += 1) {
      for (const preset of args.preset) {
        // Alternate which build goes first, so neither always follows the other.
        const order = run % 2 === 0 ? served : [...served].reverse();
        for (const { build, url } of order) {
          log(`run ${run + 1}/${runs}, ${preset}, ${build.label}`);
          const name = `${preset}-${build.label.replace(/\W+/g, '-')}-${run + 1}`;
          const result = await runOnce(url, preset, name);
          log(
            `  score ${result.score}, LCP ${result.lcpMs.toFixed(0)} ms (traced ${result.tracedLcpMs?.toFixed(0) ?? 'n/a'} ms), TBT ${result.tbtMs.toFixed(0)} ms, FCP ${result.fcpMs.toFixed(0)} ms`,
          );
          const list = figures.get(key(preset, build.label)) ?? [];
          list.push(result);
          figures.set(key(preset, build.label), list);
        }
      }
    }

    const summaries: { preset: string; build: string; figures: FigureSummaries }[] = [];
    for (const preset of args.preset) {
      for (const { build } of served) {
        summaries.push({
          preset,
          build: build.label,
          figures: summarizeRuns(figures.get(key(preset, build.label)) ?? []),
        });
      }
    }
    const spread = (median: number, min: number, max: number, unit = '') =>
      `${median.toFixed(0)}${unit} (${min.toFixed(0)}–${max.toFixed(0)})`;
    const lines = [
      `Lighthouse ${lighthouseVersion}: ${args.path}, median of ${runs} runs (min–max), ${cpus().length} CPUs; load ${round(loadBefore, 2)} → ${round(loadavg()[0] ?? 0, 2)}`,
      table(
        ['preset', 'build', 'score', 'LCP', 'LCP traced', 'TBT', 'FCP', 'accessibility'],
        summaries.map(({ preset, build, figures: f }) => [
          preset,
          build,
          spread(f.score.median, f.score.min, f.score.max),
          spread(f.lcpMs.median, f.lcpMs.min, f.lcpMs.max, ' ms'),
          f.tracedLcpMs
            ? spread(f.tracedLcpMs.median, f.tracedLcpMs.min, f.tracedLcpMs.max, ' ms')
            : 'n/a',
          spread(f.tbtMs.median, f.tbtMs.min, f.tbtMs.max, ' ms'),
          spread(f.fcpMs.median, f.fcpMs.min, f.fcpMs.max, ' ms'),
          f.accessibility ? f.accessibility.median.toFixed(0) : 'n/a',
        ]),
        2,
      ),
    ];
    console.log(lines.join('\n'));
    if (args.out) {
      const out = resolve(cwd, args.out);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(
        out,
        `${JSON.stringify({ generatedAt: new Date().toISOString(), path: args.path, runs, summaries, figures: Object.fromEntries(figures) }, null, 2)}\n`,
      );
    }
  } finally {
    for (const { close } of served) await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
