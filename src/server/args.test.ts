import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs, parseTlsArgs, UsageError } from './args';

function serveOptions(argv: string[]) {
  const command = parseArgs(argv);
  if (command.kind !== 'serve') throw new Error(`expected serve, got ${command.kind}`);
  return command.options;
}

describe('Package command: arguments', () => {
  it('Package: no flags serve the portal on 4173 and the API on 4010 at 127.0.0.1, base /, scenario default, own worlds', () => {
    expect(serveOptions([])).toEqual({
      port: 4173,
      apiPort: 4010,
      host: '127.0.0.1',
      base: '/',
      scenario: 'default',
      sharedWorld: false,
      allowOrigins: [],
      tls: false,
    });
    expect(DEFAULTS.port).toBe(4173);
  });

  it('Package: every flag takes `--flag value` or `--flag=value`; 0 asks for a free port', () => {
    expect(
      serveOptions([
        '--port=0',
        '--api-port',
        '0',
        '--host',
        'localhost',
        '--base=/portal',
        '--scenario',
        'empty',
        '--shared-world',
        '--allow-origin',
        'https://App.example.test:443',
        '--allow-origin=http://10.0.0.5:3000',
      ]),
    ).toEqual({
      port: 0,
      apiPort: 0,
      host: 'localhost',
      base: '/portal/',
      scenario: 'empty',
      sharedWorld: true,
      allowOrigins: ['https://app.example.test', 'http://10.0.0.5:3000'],
      tls: false,
    });
  });

  it('Package: --tls serves HTTPS with the generated certificate; --cert and --key bring one’s own and imply --tls', () => {
    expect(serveOptions(['--tls'])).toMatchObject({ tls: true });
    expect(serveOptions(['--tls'])).not.toHaveProperty('cert');
    expect(serveOptions(['--cert', 'a.pem', '--key=b.pem'])).toMatchObject({
      tls: true,
      cert: 'a.pem',
      key: 'b.pem',
    });
  });

  it('Package: npm run mock-api takes --tls, --cert and --key, and nothing else', () => {
    expect(parseTlsArgs([])).toEqual({ tls: false });
    expect(parseTlsArgs(['--tls'])).toEqual({ tls: true });
    expect(parseTlsArgs(['--cert=a.pem', '--key', 'b.pem'])).toEqual({
      tls: true,
      cert: 'a.pem',
      key: 'b.pem',
    });
    expect(() => parseTlsArgs(['--port', '1'])).toThrow("unknown option '--port'");
    expect(() => parseTlsArgs(['--cert', 'a.pem'])).toThrow('--cert needs --key too');
  });

  it('Package: --help and --version win over the rest', () => {
    expect(parseArgs(['--port', '1', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v', '--bogus'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['--prot', '80'], "unknown option '--prot'"],
    [['serve'], "unexpected argument 'serve'"],
    [
      ['--allow-origin', 'https://app.example.test/path'],
      "--allow-origin expects an origin such as https://app.example.test:8443 (scheme, host and port, no path), got 'https://app.example.test/path'",
    ],
    [['--port'], '--port expects a value'],
    [['--port', '--shared-world'], '--port expects a value'],
    [
      ['--port', 'abc'],
      "--port expects a port number from 0 to 65535 (0 = a free port), got 'abc'",
    ],
    [
      ['--api-port', '65536'],
      "--api-port expects a port number from 0 to 65535 (0 = a free port), got '65536'",
    ],
    [['--port', '-1'], "--port expects a port number from 0 to 65535 (0 = a free port), got '-1'"],
    [['--base', 'portal'], '--base expects a path such as /portal/'],
    [['--base', '/a b/'], '--base expects a path such as /portal/'],
    [['--base', '/../x/'], '--base expects a path such as /portal/'],
    [['--base', '/"onload/'], '--base expects a path such as /portal/'],
    [['--host', ''], "--host expects a host name or IP address, got ''"],
    [['--scenario', 'nope'], "--scenario expects one of default, large-tenant, empty, got 'nope'"],
    [['--port', '4010'], '--port and --api-port must differ (both are 4010)'],
    [
      ['--cert', 'a.pem'],
      '--cert needs --key too: give both for your own certificate, or neither for the generated one',
    ],
    [['--tls', '--key', 'b.pem'], '--key needs --cert too'],
    [['--cert'], '--cert expects a value'],
  ])('Package: %j is refused with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
