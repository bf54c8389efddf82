import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startMockApi } from '@/mocks/http-server';
import { TLS_DIR_ENV } from './tls';

// `npm run mock-api` as a user runs it (through tsx): one line when ready, one line and a non-zero
// exit when it cannot start.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run mock-api`'s script with `env`; `untilReady` stops it once it printed its ready line. */
function runMockApi(
  env: Record<string, string>,
  untilReady = false,
  args: string[] = [],
): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/mock-api.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { code: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString();
    if (untilReady && run.stdout.includes(' listening on ')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ ...run, code })));
}

describe('npm run mock-api', () => {
  it('Package: it prints one ready line with its URL', async () => {
    const run = await runMockApi({ MOCK_API_PORT: '0', MOCK_SCENARIO: 'empty' }, true);
    expect(run.stdout).toMatch(
      /^Mock ARM API \(scenario 'empty'\) listening on http:\/\/127\.0\.0\.1:\d+\n$/,
    );
    expect(run.stderr).toBe('');
  });

  it('TLS: with -- --tls it prints the CA file, then its https URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'azsub-mock-api-tls-'));
    try {
      const run = await runMockApi({ MOCK_API_PORT: '0', [TLS_DIR_ENV]: join(dir, 'tls') }, true, [
        '--tls',
      ]);
      expect(run.stdout).toMatch(
        new RegExp(
          `^CA: ${join(dir, 'tls', 'cert.pem')}\\nMock ARM API \\(scenario 'default'\\) listening on https://127\\.0\\.0\\.1:\\d+\\n$`,
        ),
      );
      expect(run.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('TLS: an unknown flag or a --cert without --key is one clear line and exit code 1', async () => {
    const run = await runMockApi({ MOCK_API_PORT: '0' }, false, ['--cert', 'a.pem']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'mock-api: --cert needs --key too: give both for your own certificate, or neither for the generated one (it takes --tls, --cert <pem> and --key <pem>; the rest is set by MOCK_API_PORT and MOCK_SCENARIO)\n',
    );
  });

  it('Package: a port in use is one clear line and exit code 1, not a stack trace', async () => {
    const first = await startMockApi({ port: 0 });
    try {
      const run = await runMockApi({ MOCK_API_PORT: String(first.port) });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `mock-api: port ${first.port} on 127.0.0.1 is already in use, so the mock ARM API cannot start: stop what uses it, or choose another port with MOCK_API_PORT (0 = a free port)\n`,
      );
    } finally {
      await first.close();
    }
  });
});
