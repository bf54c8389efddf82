#!/usr/bin/env node
// `npm run test:outsider`: the package as another team gets it. Packs the repository (prepack builds
// pkg/), installs the tarball in a project of its own outside the repository, and runs that
// project's suite (scripts/outsider/consumer/), which knows the clone only through the installed
// package: the kit `azure-subscriptions-clone/playwright`, the command `azure-subscriptions-clone`,
// and the official Azure SDK against the command's API.
//
//   1. npm pack into a temporary folder (os.tmpdir(), never inside the repository)
//   2. a consumer project: the tarball, @playwright/test and the SDK at the repository's versions
//   3. the consumer's files type-checked against the installed declarations (Node's ESM rules)
//   4. its suite as two shards side by side, blob reports merged: the merged totals must be the
//      whole suite, each shard a part of it (the kit's tests are shard-clean)
//   5. its shared-world suite on `--shared-world` (the SDK and the portal see one world)
//   6. reports/outsider-results.json (Playwright's JSON, read by scripts/test-totals.mjs), and the
//      figures: tarball, install, type-check, suites
//
// Every child runs in a process group of its own and is stopped with its group on failure or
// Ctrl-C; the temporary folder is removed at the end; a server left running fails the run.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemChromium } from '../chromium.ts';
import { isPackageFresh } from '../package/package-freshness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONSUMER_SOURCE = join(ROOT, 'scripts/outsider/consumer');
const REPORTS = join(ROOT, 'reports');
const RESULTS = join(REPORTS, 'outsider-results.json');
const FIGURES = join(REPORTS, 'outsider-figures.json');
const FAILURES = join(REPORTS, 'outsider-test-results');
const SHARDS = 2;
// What the consumer installs besides the tarball, at the versions this repository tests with.
const PEERS = [
  '@playwright/test',
  '@azure/arm-subscriptions',
  '@azure/arm-resources-subscriptions',
  '@azure/core-rest-pipeline',
  '@azure/core-auth',
];

const work = mkdtempSync(join(tmpdir(), 'asc-outsider-'));
const consumer = join(work, 'consumer');
const blobs = join(work, 'blobs');
const running = new Set();
let interrupted = false;
const figures = {};

// An outsider's environment: none of the `npm run` variables of this repository's npm (its prefix
// among them, which would make the consumer's npm install into the repository), and none of its
// binaries on the PATH.
const outsiderEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'),
);
outsiderEnv.PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.startsWith(join(ROOT, 'node_modules')))
  .join(delimiter);

// The consumer uses the browser the repository's suite found (scripts/chromium.ts, which test:e2e ran
// first): a system Chromium, else Playwright's own.
if (!outsiderEnv.CHROMIUM_PATH) {
  const { chromium } = await import('@playwright/test');
  outsiderEnv.CHROMIUM_PATH = systemChromium() ?? chromium.executablePath();
}

class StageError extends Error {}

/** Runs a command in its own process group; resolves with its output, rejects if it fails. */
function run(label, command, args, { cwd, env = outsiderEnv, allowFailure = false } = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      running.delete(child);
      reject(new StageError(`${label}: could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = (performance.now() - started) / 1000;
      if (interrupted) {
        reject(new StageError(`${label}: interrupted`));
        return;
      }
      if (code === 0 || allowFailure) {
        resolve({ code, stdout, stderr, seconds });
        return;
      }
      const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-60).join('\n');
      reject(
        new StageError(
          `${label} failed (${signal ?? `exit code ${code}`}) after ${seconds.toFixed(1)} s:\n${output}`,
        ),
      );
    });
  });
}

const npx = (label, args, options) => run(label, 'npx', ['--no-install', ...args], options);

/**
 * Stops every child's process group: SIGINT first, as Ctrl-C would (Playwright then stops the web
 * server it started in a group of its own; on SIGTERM it would leave it running), then SIGKILL.
 */
async function stopAll() {
  const children = [...running];
  for (const child of children) signalGroup(child.pid, 'SIGINT');
  const deadline = Date.now() + 5000;
  while (running.size > 0 && Date.now() < deadline) await sleep(100);
  for (const child of running) signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already ended.
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Processes still running from the temporary folder (the package's command, a browser): there must
 * be none once the runs are over. Each is ours (its command line names our own temporary folder); it
 * is stopped by its id and the run fails.
 */
function leftovers() {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let commandLine = '';
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    if (commandLine.includes(work)) found.push({ pid: Number(entry), commandLine });
  }
  for (const { pid } of found) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

function installedVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** The tests of a Playwright JSON report, flattened: title path, project and outcome. */
function testsOf(report) {
  const tests = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        tests.push({
          title: [...titles, spec.title].join(' › '),
          project: test.projectName,
          status: test.status,
          duration: test.results?.at(-1)?.duration ?? 0,
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  return tests;
}

async function mergeReports(label, dir) {
  const output = join(work, `${label}.json`);
  await npx(label, ['playwright', 'merge-reports', '--reporter=json', dir], {
    cwd: consumer,
    env: { ...outsiderEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: output },
  });
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** One run of the consumer suite with the blob reporter; its report lands in `blobs`. */
function playwrightRun(label, { world, shard }) {
  const args = ['playwright', 'test', '--reporter=blob'];
  if (shard) args.push(`--shard=${shard}`);
  const name = shard ? `${world}-${shard.replace('/', '-of-')}` : world;
  return npx(label, args, {
    cwd: consumer,
    allowFailure: true,
    env: {
      ...outsiderEnv,
      OUTSIDER_WORLD: world,
      OUTSIDER_OUTPUT: join(work, 'test-results', name),
      PLAYWRIGHT_BLOB_OUTPUT_FILE: join(blobs, `${name}.zip`),
    },
  });
}

function count(tests) {
  const by = (status) => tests.filter((test) => test.status === status).length;
  return { passed: by('expected') + by('flaky'), failed: by('unexpected'), skipped: by('skipped') };
}

function describe(tests) {
  const { passed, failed, skipped } = count(tests);
  return [`${passed} passed`, failed && `${failed} failed`, skipped && `${skipped} skipped`]
    .filter(Boolean)
    .join(', ');
}

// The consumer's type-check: Node's own ESM rules, as a project of `"type": "module"` has them.
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    // Node's types are the one thing the consumer does not install: the repository's serve.
    typeRoots: [join(ROOT, 'node_modules/@types')],
    types: ['node'],
  },
  include: ['**/*.ts'],
  exclude: ['node_modules'],
};

async function main() {
  const started = performance.now();
  rmSync(RESULTS, { force: true });
  rmSync(FIGURES, { force: true });
  rmSync(FAILURES, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });

  // 1 and 2. The tarball, as `npm publish` would make it, while the consumer project outside the
  // repository installs what it needs besides: the two do not wait on each other. `prepack` builds
  // pkg/; when this run's end-to-end tests already built it from the same sources, packing it as it
  // is gives the same tarball 12 to 15 s sooner.
  const packScripts = isPackageFresh() ? ['--ignore-scripts'] : [];
  const packDir = join(work, 'pack');
  mkdirSync(packDir);
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify({ name: 'outsider-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  const peers = PEERS.map((name) => `${name}@${installedVersion(name)}`);
  const npmInstall = (label, specs) =>
    run(
      label,
      'npm',
      ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', ...specs],
      {
        cwd: consumer,
      },
    );
  const [pack, peerInstall] = await Promise.all([
    run('npm pack', 'npm', ['pack', '--json', ...packScripts, '--pack-destination', packDir], {
      cwd: ROOT,
      env: process.env,
    }),
    npmInstall('npm install (peers)', peers),
  ]);
  // npm prints the build's lines before its JSON.
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m)));
  figures.pack = {
    seconds: round(pack.seconds),
    tarballBytes: packed.size,
    unpackedBytes: packed.unpackedSize,
    files: packed.entryCount,
  };
  console.log(
    `outsider: packed ${packed.filename}: ${kb(packed.size)} (${packed.entryCount} files, ${kb(packed.unpackedSize)} unpacked) in ${figures.pack.seconds} s${packScripts.length > 0 ? ' (pkg/ was already built from these sources)' : ''}`,
  );
  const tarballInstall = await npmInstall('npm install (tarball)', [
    join(packDir, packed.filename),
  ]);
  figures.install = {
    seconds: round(peerInstall.seconds + tarballInstall.seconds),
    peersSeconds: round(peerInstall.seconds),
    tarballSeconds: round(tarballInstall.seconds),
    packages: [packed.id, ...peers],
  };
  console.log(
    `outsider: installed ${peers.join(', ')} (${figures.install.peersSeconds} s, beside the pack), then the tarball (${figures.install.tarballSeconds} s)`,
  );

  // 3, 4 and 5 side by side: the type-check, the own-world suite as two shards (each starting the
  // command on free ports), and the shared-world suite (its own command, --shared-world).
  cpSync(CONSUMER_SOURCE, consumer, { recursive: true });
  writeFileSync(join(consumer, 'tsconfig.json'), `${JSON.stringify(CONSUMER_TSCONFIG, null, 2)}\n`);
  const suitesStarted = performance.now();
  const [typecheck, listed, sharedRun, ...shardRuns] = await Promise.all([
    run(
      'type-check',
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', consumer],
      {
        cwd: consumer,
      },
    ),
    npx('list', ['playwright', 'test', '--list', '--reporter=json'], { cwd: consumer }),
    playwrightRun('shared world', { world: 'shared' }),
    ...Array.from({ length: SHARDS }, (_, i) =>
      playwrightRun(`shard ${i + 1}/${SHARDS}`, { world: 'own', shard: `${i + 1}/${SHARDS}` }),
    ),
  ]);
  figures.typecheck = { seconds: round(typecheck.seconds) };
  console.log(
    `outsider: the consumer's files type-check against the package's declarations (${figures.typecheck.seconds} s)`,
  );

  // 6. The blob reports of the three runs merged into one Playwright JSON report.
  const all = await mergeReports('merge-reports', blobs);
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
  const tests = testsOf(all);
  const ownTests = tests.filter((test) => test.project === 'own-world');
  const sharedTests = tests.filter((test) => test.project === 'shared-world');
  const expectedTitles = testsOf(JSON.parse(listed.stdout))
    .map((test) => test.title)
    .sort();
  figures.suites = {
    seconds: round((performance.now() - suitesStarted) / 1000),
    ownWorld: {
      shards: SHARDS,
      ...count(ownTests),
      seconds: shardRuns.map((r) => round(r.seconds)),
    },
    sharedWorld: { ...count(sharedTests), seconds: round(sharedRun.seconds) },
    slowest: [...tests].sort((a, b) => b.duration - a.duration).slice(0, 3),
  };
  console.log(
    `outsider: own world, ${SHARDS} shards (${figures.suites.ownWorld.seconds.join(' s, ')} s) merged: ${describe(ownTests)} of the ${expectedTitles.length} the suite lists`,
  );
  console.log(
    `outsider: shared world (${figures.suites.sharedWorld.seconds} s): ${describe(sharedTests)}`,
  );

  const problems = [];
  const ran = ownTests.map((test) => test.title).sort();
  if (JSON.stringify(ran) !== JSON.stringify(expectedTitles)) {
    problems.push(
      `the merged shards ran ${ran.length} tests, the suite lists ${expectedTitles.length}:\n  ran: ${ran.join('\n       ')}\n  listed: ${expectedTitles.join('\n          ')}`,
    );
  }
  for (let shard = 1; shard <= SHARDS; shard += 1) {
    if (!existsSync(join(blobs, `own-${shard}-of-${SHARDS}.zip`))) {
      problems.push(`shard ${shard}/${SHARDS} wrote no blob report`);
    }
  }
  if (sharedTests.length === 0) problems.push('the shared-world suite ran no test');
  const failed = tests.filter((test) => test.status !== 'expected' && test.status !== 'flaky');
  for (const test of failed) problems.push(`✘ [${test.project}] ${test.title}: ${test.status}`);
  for (const runResult of [sharedRun, ...shardRuns]) {
    if (runResult.code !== 0) {
      problems.push(
        `a Playwright run exited with ${runResult.code}:\n${`${runResult.stdout}\n${runResult.stderr}`.trim().split('\n').slice(-30).join('\n')}`,
      );
    }
  }
  const left = leftovers();
  if (left.length > 0) {
    problems.push(
      `processes were left running (now stopped):\n${left.map((p) => `  ${p.pid} ${p.commandLine}`).join('\n')}`,
    );
  }

  figures.totalSeconds = round((performance.now() - started) / 1000);
  writeFileSync(FIGURES, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(
    `outsider: ${describe(tests)} consumer tests (reports/outsider-results.json) in ${figures.totalSeconds} s`,
  );
  if (problems.length > 0) {
    // The temporary folder goes: keep what Playwright wrote about the failures (error contexts,
    // screenshots, traces) where the repository's other reports are.
    cpSync(join(work, 'test-results'), FAILURES, { recursive: true });
    problems.push(`the consumer's test results: ${FAILURES}`);
    throw new StageError(problems.join('\n'));
  }
}

const round = (seconds) => Math.round(seconds * 10) / 10;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

let cleaning;
/** Once, whatever ends the run: the children's groups, then anything still running from our folder. */
function cleanUp() {
  cleaning ??= stopAll().then(() => {
    leftovers();
    rmSync(work, { recursive: true, force: true });
  });
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`outsider: ${signal}, stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
  await cleanUp();
} catch (error) {
  if (!interrupted) {
    console.error(error instanceof StageError ? `outsider: ${error.message}` : error);
  }
  await cleanUp();
  process.exitCode = 1;
}
