import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedTls, ownTls, TLS_DIR_ENV, TlsError, tlsDir, type TlsMaterial } from './tls';

// `--tls`: one self-signed certificate for the loopback names, made once and trusted by the clients
// the Azure tools use (Node, Python's requests, OpenSSL's strict checks).

const DAY_MS = 86_400_000;
let root: string;
let dir: string;
let tls: TlsMaterial;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'azsub-tls-'));
  dir = join(root, 'tls');
  tls = await generatedTls(dir);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An HTTPS server with `tls`, for the duration of `use`. */
async function withServer(material: TlsMaterial, check: (port: number) => Promise<void>) {
  const server = createServer({ cert: material.cert, key: material.key }, (_req, res) =>
    res.end('ok'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await check((server.address() as AddressInfo).port);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function fetchWithCa(url: string, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

const run = promisify(execFile);

const hasRequests =
  existsSync('/usr/bin/python3') &&
  spawnSync('/usr/bin/python3', ['-c', 'import requests']).status === 0;
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe('TLS: the generated certificate', () => {
  it('TLS: it names localhost, 127.0.0.1 and ::1, is its own authority, and lasts 825 days', () => {
    const x509 = new X509Certificate(tls.cert);
    expect(x509.subjectAltName).toBe(
      'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    );
    expect(x509.ca).toBe(true);
    expect(x509.verify(x509.publicKey)).toBe(true);
    const days = (Date.parse(x509.validTo) - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(820);
    expect(tls.caPath).toBe(join(dir, 'cert.pem'));
    expect(readFileSync(tls.caPath, 'utf8')).toBe(tls.cert);
    expect(tls.signingKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('TLS: the private keys are readable by their owner only', () => {
    expect(statSync(join(dir, 'key.pem')).mode & 0o077).toBe(0);
    expect(statSync(join(dir, 'signing-key.pem')).mode & 0o077).toBe(0);
  });

  it('TLS: a second start reuses it, so clients trust it once', async () => {
    const again = await generatedTls(dir);
    expect(again).toEqual(tls);
  });

  it('TLS: one close to its end is replaced by a new one', async () => {
    const copy = join(root, 'renewed');
    await generatedTls(copy);
    const first = readFileSync(join(copy, 'cert.pem'), 'utf8');
    const renewed = await generatedTls(copy, Date.now() + 800 * DAY_MS);
    expect(renewed.cert).not.toBe(first);
    expect(readFileSync(join(copy, 'cert.pem'), 'utf8')).toBe(renewed.cert);
  });

  it('TLS: Node trusts it through its CA file, by IP address and by name', async () => {
    const ca = readFileSync(tls.caPath, 'utf8');
    await withServer(tls, async (port) => {
      expect(await fetchWithCa(`https://127.0.0.1:${port}/`, ca)).toBe('ok');
      expect(await fetchWithCa(`https://localhost:${port}/`, ca)).toBe('ok');
    });
  });

  it.skipIf(!hasRequests)('TLS: Python requests trusts it through REQUESTS_CA_BUNDLE', async () => {
    await withServer(tls, async (port) => {
      // Asynchronously: the server answering it runs in this process.
      const { stdout, stderr } = await run(
        '/usr/bin/python3',
        ['-c', `import requests; print(requests.get('https://127.0.0.1:${port}/').text)`],
        { env: { ...process.env, REQUESTS_CA_BUNDLE: tls.caPath }, encoding: 'utf8' },
      );
      expect(stderr).toBe('');
      expect(stdout.trim()).toBe('ok');
    });
  });

  it.skipIf(!hasOpenssl)('TLS: OpenSSL accepts it as a trust anchor in strict mode', () => {
    const out = execFileSync(
      'openssl',
      ['verify', '-x509_strict', '-CAfile', tls.caPath, tls.caPath],
      {
        encoding: 'utf8',
      },
    );
    expect(out.trim()).toBe(`${tls.caPath}: OK`);
  });
});

describe('TLS: where the certificate is kept', () => {
  it('TLS: the environment variable wins, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(tlsDir({ [TLS_DIR_ENV]: '/srv/certs', XDG_CACHE_HOME: '/x' })).toBe('/srv/certs');
    expect(tlsDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/azure-subscriptions-clone/tls');
    expect(tlsDir({})).toMatch(/\.cache\/azure-subscriptions-clone\/tls$/);
  });

  it('TLS: a directory that cannot be written is one clear error', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, '');
    await expect(generatedTls(join(blocker, 'tls'))).rejects.toThrow(TlsError);
    await expect(generatedTls(join(blocker, 'tls'))).rejects.toThrow(
      /the HTTPS certificate could not be saved in .*a-file\/tls .*set AZURE_SUBSCRIPTIONS_CLONE_TLS_DIR to a writable directory, or pass --cert and --key/,
    );
  });
});

describe('TLS: --cert and --key', () => {
  it('TLS: the user’s own pair is served, and its certificate is the CA file', () => {
    const own = ownTls(join(dir, 'cert.pem'), join(dir, 'key.pem'));
    expect(own.cert).toBe(tls.cert);
    expect(own.caPath).toBe(join(dir, 'cert.pem'));
    expect(own.signingKey).toBeUndefined();
  });

  it('TLS: a missing file, a file that is not PEM and a key of another certificate are refused by name', async () => {
    const other = await generatedTls(join(root, 'other'));
    const notPem = join(root, 'not.pem');
    writeFileSync(notPem, 'hello');
    expect(() => ownTls(join(root, 'missing.pem'), join(dir, 'key.pem'))).toThrow(
      `--cert ${join(root, 'missing.pem')} cannot be read (no such file)`,
    );
    expect(() => ownTls(notPem, join(dir, 'key.pem'))).toThrow(
      `--cert ${notPem} is not a PEM certificate`,
    );
    expect(() => ownTls(join(dir, 'cert.pem'), notPem)).toThrow(
      `--key ${notPem} is not a PEM private key (or it is encrypted)`,
    );
    expect(() => ownTls(join(dir, 'cert.pem'), join(root, 'other', 'key.pem'))).toThrow(
      `--key ${join(root, 'other', 'key.pem')} is not the key of the certificate in ${join(dir, 'cert.pem')}`,
    );
    expect(other.cert).not.toBe(tls.cert);
  });

  it('TLS: an expired certificate of one’s own is refused at start', () => {
    expect(() =>
      ownTls(join(dir, 'cert.pem'), join(dir, 'key.pem'), Date.now() + 900 * DAY_MS),
    ).toThrow(/--cert .* expired on /);
  });
});
