import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's command as an installed user runs it: pkg/server/cli.js, built by
// `npm run build:package` when missing or older than its sources (scripts/package/package-freshness.ts).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'pkg/server/cli.js');

export interface RunningCommand {
  portalUrl: string;
  apiUrl: string;
  /** Everything it printed on stdout until "Ready.". */
  output: string[];
  stop(): Promise<number | null>;
}

export interface ExitedCommand {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Its exit code, once its output is read to the end too ('close', not 'exit'). */
function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null && child.stdout?.readableEnded !== false) {
    return Promise.resolve(child.exitCode);
  }
  return new Promise((resolve) => child.once('close', (code: number | null) => resolve(code)));
}

/** Starts the command and resolves once it printed "Ready."; rejects with its output if it exits. */
export function startCommand(args: readonly string[]): Promise<RunningCommand> {
  const child = launch(args);
  const output: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      output.push(...lines);
      if (!lines.includes('Ready.')) return;
      const url = (label: string) =>
        output
          .find((line) => line.startsWith(label))
          ?.slice(label.length)
          .trim() ?? '';
      resolve({
        portalUrl: url('Portal:'),
        apiUrl: url('API:'),
        output,
        stop: () => {
          child.kill('SIGTERM');
          return exited(child);
        },
      });
    });
    child.once('close', (code) =>
      reject(new Error(`the command exited (${code}) before it was ready: ${stderr}`)),
    );
  });
}

/** Runs the command until it exits by itself (bad flags, a port in use). */
export async function runCommandToExit(args: readonly string[]): Promise<ExitedCommand> {
  const child = launch(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await exited(child);
  return { code, stdout, stderr };
}
