import { startMockApi } from '@/mocks/http-server';
import { isScenarioId, SCENARIO_IDS } from '@/mocks/scenarios/registry';
import { describeListenError } from './listen-error';

// `npm run mock-api`: the mock ARM API alone, configured by the environment (docs/contract.md §1).
// One line when it answers, or one line saying why it could not start and a non-zero exit.

const host = '127.0.0.1';
const portSetting = process.env.MOCK_API_PORT ?? '4010';
const scenario = process.env.MOCK_SCENARIO ?? 'default';

function fail(message: string): void {
  console.error(`mock-api: ${message}`);
  process.exitCode = 1;
}

if (!/^\d{1,5}$/.test(portSetting) || Number(portSetting) > 65535) {
  fail(
    `MOCK_API_PORT expects a port number from 0 to 65535 (0 = a free port), got '${portSetting}'`,
  );
} else if (!isScenarioId(scenario)) {
  fail(`MOCK_SCENARIO expects one of ${SCENARIO_IDS.join(', ')}, got '${scenario}'`);
} else {
  const port = Number(portSetting);
  try {
    const api = await startMockApi({ port, host, scenario });
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
