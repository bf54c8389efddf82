import { isScenarioId, SCENARIO_IDS } from '@/mocks/scenarios/registry';
import { parseTlsArgs, UsageError, type TlsFlags } from './args';
import { describeListenError } from './listen-error';
import { startApi } from './start-api';
import { loadTls, TlsError, type TlsMaterial } from './tls';

// `npm run mock-api`: the mock ARM API alone, configured by the environment (docs/contract.md §1),
// plus `-- --tls` (and `--cert <pem> --key <pem>`) for HTTPS and sign-in (docs/azure-tools.md).
// One line when it answers (with --tls the CA line first), or one line saying why it could not start
// and a non-zero exit.

const host = '127.0.0.1';
const portSetting = process.env.MOCK_API_PORT ?? '4010';
const scenario = process.env.MOCK_SCENARIO ?? 'default';

function fail(message: string): void {
  console.error(`mock-api: ${message}`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  let flags: TlsFlags;
  try {
    flags = parseTlsArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(
      `${error.message} (it takes --tls, --cert <pem> and --key <pem>; the rest is set by MOCK_API_PORT and MOCK_SCENARIO)`,
    );
    return;
  }
  if (!/^\d{1,5}$/.test(portSetting) || Number(portSetting) > 65535) {
    fail(
      `MOCK_API_PORT expects a port number from 0 to 65535 (0 = a free port), got '${portSetting}'`,
    );
    return;
  }
  if (!isScenarioId(scenario)) {
    fail(`MOCK_SCENARIO expects one of ${SCENARIO_IDS.join(', ')}, got '${scenario}'`);
    return;
  }
  let tls: TlsMaterial | undefined;
  if (flags.tls) {
    try {
      tls = await loadTls({ certPath: flags.cert, keyPath: flags.key });
    } catch (error) {
      if (!(error instanceof TlsError)) throw error;
      fail(error.message);
      return;
    }
  }
  const port = Number(portSetting);
  try {
    const { api } = await startApi({ port, host, scenario, ...(tls !== undefined && { tls }) });
    if (tls !== undefined) console.log(`CA: ${tls.caPath}`);
    console.log(`Mock ARM API (scenario '${scenario}') listening on ${api.url}`);
  } catch (error) {
    fail(
      describeListenError(error, {
        what: 'the mock ARM API',
        host,
        port,
        portSetting: 'MOCK_API_PORT',
      }),
    );
  }
}

await main();
