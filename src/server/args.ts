import { normaliseOrigin } from '@/mocks/http/origin-policy';
import { isScenarioId, SCENARIO_IDS } from '@/mocks/scenarios/registry';

// The command's flags (docs/contract.md §7). Parsed by hand rather than with node:util's parseArgs,
// whose messages talk about positional arguments: a user who mistypes a flag is told which flag, what
// it expects, and where --help is.

export interface ServeOptions {
  /** The portal's port; 0 asks the system for a free one. */
  port: number;
  /** The mock ARM API's port; 0 asks the system for a free one. */
  apiPort: number;
  host: string;
  /** The portal's base path, with a leading and a trailing slash. */
  base: string;
  scenario: string;
  /** The portal uses the API server's world instead of one of its own in each browser. */
  sharedWorld: boolean;
  /** Web origins besides loopback ones and this portal whose pages may write to the API. */
  allowOrigins: string[];
  /** Both servers over HTTPS, and the API's sign-in endpoints (docs/azure-tools.md). */
  tls: boolean;
  /** The user's own certificate and key (PEM files) for `tls`; absent: the generated one. */
  cert?: string;
  key?: string;
}

export type Command =
  { kind: 'help' } | { kind: 'version' } | { kind: 'serve'; options: ServeOptions };

export const DEFAULTS: ServeOptions = {
  port: 4173,
  apiPort: 4010,
  host: '127.0.0.1',
  base: '/',
  scenario: 'default',
  sharedWorld: false,
  allowOrigins: [],
  tls: false,
};

/** Bad command-line input: the message is shown as it is, on one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: azure-subscriptions-clone [options]

Serves the Azure Subscriptions portal clone and its mock ARM API.

Options:
  --port <n>        the portal's port (default ${DEFAULTS.port}; 0 = a free port)
  --api-port <n>    the mock ARM API's port (default ${DEFAULTS.apiPort}; 0 = a free port)
  --host <host>     the address both listen on (default ${DEFAULTS.host})
  --base <path>     the portal's base path (default ${DEFAULTS.base}), e.g. /portal/
  --scenario <id>   the API's scenario: ${SCENARIO_IDS.join(', ')} (default ${DEFAULTS.scenario})
  --shared-world    the portal reads and writes the API server's world instead of its own
  --allow-origin <origin>  also let pages of this origin write to the API, e.g.
                    https://app.example.test:8443 (repeatable; loopback pages and this portal
                    always may)
  --tls             serve both over HTTPS with a certificate made once for 127.0.0.1 and
                    localhost (printed as "CA: <path>"), with sign-in for the Azure CLI and SDKs
  --cert <pem> --key <pem>  HTTPS with your own certificate and key (implies --tls)
  -h, --help        show this help
  -v, --version     show the version

Prints "Portal: <url>", "API:    <url>" and "Ready." once both answer; Ctrl-C stops both.`;

function parsePort(flag: string, value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(
      `${flag} expects a port number from 0 to 65535 (0 = a free port), got '${value}'`,
    );
  }
  return Number(value);
}

/** `/`, `/portal/`: a path of plain segments, so that it can be written into HTML, JS and CSS as is. */
function parseBase(value: string): string {
  const base = value.endsWith('/') ? value : `${value}/`;
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base) || /(^|\/)\.{1,2}\//.test(base)) {
    throw new UsageError(
      `--base expects a path such as /portal/ (letters, digits and . _ ~ - between slashes), got '${value}'`,
    );
  }
  return base;
}

function parseHost(value: string): string {
  if (value === '' || /[\s/?#@]/.test(value)) {
    throw new UsageError(`--host expects a host name or IP address, got '${value}'`);
  }
  return value;
}

/** `https://host[:port]`: what a browser sends as `Origin`. */
function parseOrigin(value: string): string {
  const origin = normaliseOrigin(value);
  if (origin === undefined || /^\w+:\/\/[^/]+\/./.test(value.trim())) {
    throw new UsageError(
      `--allow-origin expects an origin such as https://app.example.test:8443 (scheme, host and port, no path), got '${value}'`,
    );
  }
  return origin;
}

function parseScenario(value: string): string {
  if (!isScenarioId(value)) {
    throw new UsageError(`--scenario expects one of ${SCENARIO_IDS.join(', ')}, got '${value}'`);
  }
  return value;
}

const VALUE_FLAGS: Record<string, (options: ServeOptions, value: string) => void> = {
  '--port': (options, value) => {
    options.port = parsePort('--port', value);
  },
  '--api-port': (options, value) => {
    options.apiPort = parsePort('--api-port', value);
  },
  '--host': (options, value) => {
    options.host = parseHost(value);
  },
  '--base': (options, value) => {
    options.base = parseBase(value);
  },
  '--scenario': (options, value) => {
    options.scenario = parseScenario(value);
  },
  '--allow-origin': (options, value) => {
    options.allowOrigins.push(parseOrigin(value));
  },
  '--cert': (options, value) => {
    options.cert = value;
  },
  '--key': (options, value) => {
    options.key = value;
  },
};

/** `--cert` and `--key` come together, and choose HTTPS. */
function checkTls(options: { tls: boolean; cert?: string; key?: string }): void {
  if ((options.cert === undefined) !== (options.key === undefined)) {
    throw new UsageError(
      `${options.cert === undefined ? '--key' : '--cert'} needs ${options.cert === undefined ? '--cert' : '--key'} too: give both for your own certificate, or neither for the generated one`,
    );
  }
  if (options.cert !== undefined) options.tls = true;
}

/** The command line without `node` and the script: `--flag value` or `--flag=value`. */
export function parseArgs(argv: readonly string[]): Command {
  const options: ServeOptions = { ...DEFAULTS, allowOrigins: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    if (arg === '--shared-world') {
      options.sharedWorld = true;
      continue;
    }
    if (arg === '--tls') {
      options.tls = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const apply = VALUE_FLAGS[flag];
    if (apply === undefined) {
      throw new UsageError(
        arg.startsWith('-') ? `unknown option '${flag}'` : `unexpected argument '${arg}'`,
      );
    }
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(equals + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`${flag} expects a value`);
      }
      i++;
    }
    apply(options, value);
  }
  if (options.port !== 0 && options.port === options.apiPort) {
    throw new UsageError(`--port and --api-port must differ (both are ${options.port})`);
  }
  checkTls(options);
  return { kind: 'serve', options };
}

export interface TlsFlags {
  tls: boolean;
  cert?: string;
  key?: string;
}

/** `npm run mock-api -- --tls [--cert <pem> --key <pem>]`: the only flags of the API alone. */
export function parseTlsArgs(argv: readonly string[]): TlsFlags {
  const flags: TlsFlags = { tls: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--tls') {
      flags.tls = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (flag !== '--cert' && flag !== '--key') {
      throw new UsageError(
        arg.startsWith('-') ? `unknown option '${flag}'` : `unexpected argument '${arg}'`,
      );
    }
    let value = inline;
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${flag} expects a value`);
      i++;
    }
    flags[flag === '--cert' ? 'cert' : 'key'] = value;
  }
  checkTls(flags);
  return flags;
}
