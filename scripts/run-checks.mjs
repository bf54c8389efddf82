#!/usr/bin/env node
// The static checks of `npm test`, side by side instead of one after another: the type-check, ESLint,
// the rule coverage and the dead-code check (package.json's `typecheck`, `lint`, `test:rules` and
// `deadcode`: knip, so a module nobody imports or an export nobody uses cannot come back unseen). Each one's output is
// printed whole, under its name, when it ends, so that two outputs never interleave; the exit code is
// 1 if any of them failed, and the failed ones are named again at the end.
//
//   node scripts/run-checks.mjs                 # all four
//   node scripts/run-checks.mjs typecheck lint  # some of them
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DEFAULT_CHECKS = ['typecheck', 'lint', 'test:rules', 'deadcode'];
const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const names = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_CHECKS;

for (const name of names) {
  if (!scripts[name]) {
    console.error(`run-checks: package.json has no script "${name}".`);
    process.exit(2);
  }
}

// As `npm run` would: the project's binaries on the PATH, the script run by a shell.
const env = {
  ...process.env,
  PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
};

function run(name) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(scripts[name], { cwd: ROOT, env, shell: true });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (code, error) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`\n── ${name} (${scripts[name]}): ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
      if (text) console.log(text);
      if (error) console.log(error.message);
      resolve({ name, ok });
    };
    child.on('error', (error) => finish(1, error));
    child.on('close', (code) => finish(code));
  });
}

const results = await Promise.all(names.map(run));
const failed = results.filter((result) => !result.ok).map((result) => result.name);
if (failed.length > 0) {
  console.error(`\nrun-checks: ${failed.join(', ')} failed.`);
  process.exit(1);
}
console.log(`\nrun-checks: ${names.join(', ')} passed.`);
