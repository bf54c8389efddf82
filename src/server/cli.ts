import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError, USAGE } from './args';
import { serve, StartupError } from './serve';

// The package's command, `azure-subscriptions-clone` (package.json `bin`, built to pkg/server/cli.js
// by scripts/package/build-package.ts). Its output is read by other teams' scripts, so it is stable
// (docs/contract.md §7): "Portal: <url>", "API:    <url>", with --tls "CA: <path>", then "Ready.",
// once both answer.

const NAME = 'azure-subscriptions-clone';
// Relative to this file both in src/server/ and, built, in pkg/server/.
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);
const PORTAL_DIR = fileURLToPath(new URL('../portal/', import.meta.url));

function version(): string {
  const { version } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string };
  return version;
}

function fail(message: string, exitCode: number): void {
  process.stderr.write(`${NAME}: ${message}\n`);
  process.exitCode = exitCode;
}

async function main(argv: readonly string[]): Promise<void> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(`${error.message} (see ${NAME} --help)`, 2);
    return;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return;
  }
  const { options } = command;
  let served;
  try {
    served = await serve(options, PORTAL_DIR);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    fail(error.message, 1);
    return;
  }
  const world = options.sharedWorld
    ? 'shared world: the portal uses the API server’s'
    : 'each browser keeps its own world';
  process.stdout.write(
    [
      `${NAME} ${version()} (scenario '${options.scenario}', ${world})`,
      `Portal: ${served.portalUrl}`,
      `API:    ${served.apiUrl}`,
      // With --tls: the certificate that clients trust (REQUESTS_CA_BUNDLE, NODE_EXTRA_CA_CERTS).
      ...(served.caPath === undefined ? [] : [`CA: ${served.caPath}`]),
      'Ready.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (): void => {
    // A second Ctrl-C while closing: leave at once.
    if (stopping) process.exit(130);
    stopping = true;
    served.close().then(
      () => process.exit(0),
      (error: unknown) => {
        fail(
          `could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
          1,
        );
        process.exit();
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Not a user's mistake: a bug, so the whole story.
  console.error(error);
  process.exitCode = 1;
});
