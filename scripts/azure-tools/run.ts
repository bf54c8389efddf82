import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '@/server/start-api';
import { generatedTls, type TlsMaterial } from '@/server/tls';
import { browser } from './browser';
import { judge, orphanChecks, type StepRun } from './checks';
import { readRecipes, shellSteps, stepName } from './recipes';
import { counts, report, skip, skipped } from './report';

// `npm run test:azure-tools`: Microsoft's own tools against the clone over TLS (contract §10,
// docs/azure-tools.md). The Azure CLI, the Python SDK, the JavaScript SDK and curl each get an API of
// their own (its own world, on a free port, with the one certificate), so they run side by side; the
// recipes are read from docs/azure-tools.md and run as written. One line per step, then the wall time,
// then `N passed, N failed`; the exit code is non-zero when a step failed. A tool that is not installed
// is skipped with what to install, and counts as failed only when CI=true.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = join(ROOT, 'docs/azure-tools.md');
const PYTHON = process.env.AZURE_TOOLS_PYTHON ?? '/usr/bin/python3';
/** The Azure CLI takes 2 to 5 s a command on a busy machine; a step past this is stuck. */
const STEP_TIMEOUT_MS = 180_000;
/** This script, started again by itself, runs the JavaScript SDK's steps (scripts/azure-tools/js-sdk.ts). */
const JS_SDK_FLAG = '--javascript-sdk';

const running = new Set<number>();

/** Runs a program in a process group of its own, so that an overrun stops all it started. */
function run(
  program: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): Promise<StepRun> {
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd: options.cwd ?? ROOT,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result: StepRun = { code: null, stdout: '', stderr: '' };
    if (child.pid !== undefined) running.add(child.pid);
    child.stdout.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    const timer = setTimeout(() => {
      result.stderr += `\n(stopped after ${STEP_TIMEOUT_MS / 1000} s)`;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, STEP_TIMEOUT_MS);
    child.on('error', (error) => {
      result.stderr += error.message;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      resolve({ ...result, code });
    });
  });
}

async function installed(program: string, args: string[]): Promise<boolean> {
  return (await run(program, args, { env: process.env })).code === 0;
}

/** The lines `passed <step>` / `failed <step>: <why>` of a tool's script, reported as steps. */
function reportScript(tool: string, script: string, result: StepRun): void {
  let steps = 0;
  let failed = 0;
  for (const line of result.stdout.split('\n')) {
    const match = /^(passed|failed) (.*?)(?:: (.*))?$/.exec(line);
    if (match === null) continue;
    steps++;
    if (match[1] === 'failed') failed++;
    report(tool, match[2] as string, match[1] === 'passed' ? true : (match[3] ?? 'failed'));
  }
  // A script that stopped before or between its steps: what it said last.
  if (result.code !== 0 && failed === 0) {
    const why = result.stderr.trim().split('\n').slice(-3).join(' ');
    report(
      tool,
      steps === 0 ? script : `${script} (after ${steps} steps)`,
      `exit ${result.code}: ${why}`,
    );
  }
}

interface Context {
  tls: TlsMaterial;
  recipes: Map<string, string>;
  work: string;
}

/** An API of the tool's own over TLS for the duration of `use`. */
async function withApi(context: Context, body: (origin: string) => Promise<void>): Promise<void> {
  const { api, origin } = await startApi({
    port: 0,
    host: '127.0.0.1',
    scenario: 'default',
    tls: context.tls,
  });
  try {
    await body(origin);
  } finally {
    await api.close();
  }
}

/** Shell recipes, line by line, each line checked (scripts/azure-tools/checks.ts). */
async function shellTool(
  context: Context,
  tool: string,
  names: string[],
  extraEnv: NodeJS.ProcessEnv,
): Promise<void> {
  const home = mkdtempSync(join(context.work, `${tool}-home-`));
  await withApi(context, async (origin) => {
    const env = { ...process.env, ...extraEnv, API: origin, CA: context.tls.caPath, HOME: home };
    for (const name of names) {
      const recipe = context.recipes.get(name);
      if (recipe === undefined) {
        report(tool, `recipe '${name}'`, 'missing from docs/azure-tools.md');
        continue;
      }
      for (const step of shellSteps(recipe)) {
        const script = [...step.setup, step.command].join('\n');
        const result = await run('bash', ['-c', script], { env, cwd: home });
        // The column names the recipe (cli, cli-owner): the same line may be in both.
        report(name, stepName(step.command), judge(name, step.command, result));
      }
    }
  });
}

async function cli(context: Context): Promise<void> {
  if (!(await installed('az', ['version', '--output', 'none']))) {
    skip('cli', 'the Azure CLI (az) is not installed: apt-get install -y azure-cli');
    return;
  }
  await shellTool(context, 'cli', ['cli', 'cli-owner'], {
    // The CLI's usage upload and survey prompts would reach for the internet after each command.
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_SURVEY_MESSAGE: 'false',
  });
}

async function curl(context: Context): Promise<void> {
  if (!(await installed('curl', ['--version']))) {
    skip('curl', 'curl is not installed');
    return;
  }
  await shellTool(context, 'curl', ['curl'], {});
}

async function python(context: Context): Promise<void> {
  const modules = 'import azure.identity, azure.mgmt.resource, azure.mgmt.subscription';
  if (!(await installed(PYTHON, ['-c', modules]))) {
    skip('python', `${PYTHON} cannot import the Azure SDK: apt-get install -y python3-azure`);
    return;
  }
  const recipe = context.recipes.get('python');
  if (recipe === undefined) {
    report('python', "recipe 'python'", 'missing from docs/azure-tools.md');
    return;
  }
  const file = join(context.work, 'recipe.py');
  writeFileSync(file, `${recipe}\n`);
  await withApi(context, async (origin) => {
    const env = { ...process.env, API: origin, REQUESTS_CA_BUNDLE: context.tls.caPath };
    const result = await run(PYTHON, [join(ROOT, 'scripts/azure-tools/python_sdk.py'), file], {
      env,
    });
    reportScript('python', 'python_sdk.py', result);
  });
}

async function javascript(context: Context): Promise<void> {
  const recipe = context.recipes.get('javascript');
  if (recipe === undefined) {
    report('javascript', "recipe 'javascript'", 'missing from docs/azure-tools.md');
    return;
  }
  // Inside the repository, so that the recipe's imports resolve to its node_modules.
  const dir = join(ROOT, 'node_modules/.cache/azure-tools');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `recipe-${process.pid}.mjs`);
  writeFileSync(file, `${recipe}\nexport { credential };\n`);
  try {
    await withApi(context, async (origin) => {
      const env = { ...process.env, API: origin, NODE_EXTRA_CA_CERTS: context.tls.caPath };
      const args = ['--import', 'tsx', fileURLToPath(import.meta.url), JS_SDK_FLAG, file];
      const result = await run(process.execPath, args, { env });
      reportScript('javascript', 'js-sdk.ts', result);
    });
  } finally {
    rmSync(file, { force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const recipes = readRecipes(readFileSync(DOC, 'utf8'));
  const steps = ['cli', 'cli-owner', 'curl'].flatMap((recipe) =>
    shellSteps(recipes.get(recipe) ?? '').map((step) => ({ recipe, command: step.command })),
  );
  for (const orphan of orphanChecks(steps)) {
    report(
      'suite',
      `check ${orphan.recipe} ${orphan.command.source}`,
      'no such line in docs/azure-tools.md',
    );
  }
  const tls = await generatedTls();
  console.log(`CA: ${tls.caPath}`);
  const work = mkdtempSync(join(tmpdir(), 'azure-tools-'));
  const context: Context = { tls, recipes, work };
  try {
    await Promise.all([
      cli(context),
      python(context),
      javascript(context),
      curl(context),
      browser(),
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (skipped.length > 0) console.log(`skipped: ${skipped.join(', ')}`);
  console.log(`wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  // For CI's totals line (scripts/test-totals.mjs), beside the other runners' reports.
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(
    join(ROOT, 'reports/azure-tools-results.json'),
    `${JSON.stringify({ passed: counts.passed, failed: counts.failed, skipped: skipped.length })}\n`,
  );
  process.exitCode = counts.failed === 0 ? 0 : 1;
}

async function javascriptSdkProcess(recipePath: string): Promise<void> {
  const { javascriptSdk } = await import('./js-sdk');
  process.exitCode = (await javascriptSdk(recipePath)) === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const pid of running) process.kill(-pid, 'SIGKILL');
    process.exit(130);
  });
}

(process.argv[2] === JS_SDK_FLAG ? javascriptSdkProcess(process.argv[3] as string) : main()).catch(
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
