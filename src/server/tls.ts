import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generate } from 'selfsigned';

// The HTTPS certificate of `--tls` (docs/azure-tools.md). The Azure CLI and SDKs send their tokens only
// over HTTPS, and they check the certificate: Python's `requests` against REQUESTS_CA_BUNDLE, Node
// against NODE_EXTRA_CA_CERTS. One self-signed certificate serves as both the server's certificate
// and the authority that clients trust: basicConstraints CA:true makes OpenSSL 3 accept it as a trust
// anchor even in strict mode (a self-signed certificate needs no key identifiers), and its names are
// the loopback ones. It is made once per user and reused, so a client trusts it once.

/** Where the certificate is kept, instead of the per-user cache directory. */
export const TLS_DIR_ENV = 'AZURE_SUBSCRIPTIONS_CLONE_TLS_DIR';

const CERT_FILE = 'cert.pem';
const KEY_FILE = 'key.pem';
/** The key that signs the sign-in tokens (src/server/identity/), kept so tokens outlive a restart. */
const SIGNING_KEY_FILE = 'signing-key.pem';
/** Leaf certificates longer than 825 days are refused by Apple's platforms, even privately trusted. */
const VALIDITY_DAYS = 825;
/** A certificate this close to its end is replaced rather than reused. */
const RENEW_BEFORE_DAYS = 30;
const DAY_MS = 86_400_000;

export interface TlsMaterial {
  /** PEM certificate the server presents. */
  cert: string;
  /** PEM private key of `cert`. */
  key: string;
  /** The PEM file that clients trust (REQUESTS_CA_BUNDLE, NODE_EXTRA_CA_CERTS): printed as `CA: <path>`. */
  caPath: string;
  /**
   * PKCS#8 PEM RSA key for the sign-in tokens, kept beside the generated certificate; absent with the
   * user's own certificate, where the server makes one for its lifetime.
   */
  signingKey?: string;
}

/** Why the certificate could not be made or read, in one line for the user. */
export class TlsError extends Error {
  override name = 'TlsError';
}

/** The per-user directory of the generated certificate: $AZURE_SUBSCRIPTIONS_CLONE_TLS_DIR, else the cache. */
export function tlsDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[TLS_DIR_ENV];
  if (chosen !== undefined && chosen !== '') return resolve(chosen);
  const cache =
    env.XDG_CACHE_HOME !== undefined && env.XDG_CACHE_HOME !== ''
      ? env.XDG_CACHE_HOME
      : process.platform === 'win32' && env.LOCALAPPDATA
        ? env.LOCALAPPDATA
        : join(homedir(), '.cache');
  return join(cache, 'azure-subscriptions-clone', 'tls');
}

function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    if (error.code === 'ENOENT') return 'no such file';
    if (error.code === 'EACCES') return 'permission denied';
    if (error.code === 'EISDIR') return 'it is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}

/** The cached pair, when both files are there, match and stay valid a while longer. */
function reusable(dir: string, now: number): TlsMaterial | undefined {
  try {
    const cert = readFileSync(join(dir, CERT_FILE), 'utf8');
    const key = readFileSync(join(dir, KEY_FILE), 'utf8');
    const signingKey = readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8');
    createPrivateKey(signingKey);
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - now < RENEW_BEFORE_DAYS * DAY_MS) return undefined;
    if (!x509.checkPrivateKey(createPrivateKey(key))) return undefined;
    return { cert, key, caPath: join(dir, CERT_FILE), signingKey };
  } catch {
    return undefined;
  }
}

async function generateMaterial(
  now: number,
): Promise<{ cert: string; key: string; signingKey: string }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + VALIDITY_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      {
        name: 'keyUsage',
        digitalSignature: true,
        keyEncipherment: true,
        keyCertSign: true,
        critical: true,
      },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = signing.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  return { cert: pems.cert, key: pems.private, signingKey };
}

/**
 * The generated certificate of `dir`: reused when it is there and valid, made otherwise. Written to a
 * sibling directory and renamed into place, so that two servers starting at once agree on one
 * certificate (the second rename fails, and that server reads the first one's).
 */
export async function generatedTls(
  dir: string = tlsDir(),
  now: number = Date.now(),
): Promise<TlsMaterial> {
  const cached = reusable(dir, now);
  if (cached !== undefined) return cached;
  const { cert, key, signingKey } = await generateMaterial(now);
  const staging = `${dir}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dirname(dir), { recursive: true, mode: 0o700 });
    mkdirSync(staging, { mode: 0o700 });
    writeFileSync(join(staging, CERT_FILE), cert, { mode: 0o644 });
    writeFileSync(join(staging, KEY_FILE), key, { mode: 0o600 });
    writeFileSync(join(staging, SIGNING_KEY_FILE), signingKey, { mode: 0o600 });
    // An expired or broken certificate makes way for the new one.
    if (reusable(dir, now) === undefined) rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (error) {
    try {
      rmSync(staging, { recursive: true, force: true });
    } catch {
      // Nothing was made there (its parent is not a directory).
    }
    const winner = reusable(dir, now);
    if (winner !== undefined) return winner;
    throw new TlsError(
      `the HTTPS certificate could not be saved in ${dir} (${reason(error)}): set ${TLS_DIR_ENV} to a writable directory, or pass --cert and --key`,
    );
  }
  return { cert, key, caPath: join(dir, CERT_FILE), signingKey };
}

function readPem(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new TlsError(`${flag} ${path} cannot be read (${reason(error)})`);
  }
}

/** The user's own certificate and key (`--cert`, `--key`), checked so that a mistake shows at start. */
export function ownTls(certPath: string, keyPath: string, now: number = Date.now()): TlsMaterial {
  const cert = readPem('--cert', certPath);
  const key = readPem('--key', keyPath);
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new TlsError(`--cert ${certPath} is not a PEM certificate`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(key);
  } catch {
    throw new TlsError(`--key ${keyPath} is not a PEM private key (or it is encrypted)`);
  }
  if (!x509.checkPrivateKey(privateKey)) {
    throw new TlsError(`--key ${keyPath} is not the key of the certificate in ${certPath}`);
  }
  if (Date.parse(x509.validTo) <= now) {
    throw new TlsError(`--cert ${certPath} expired on ${new Date(x509.validTo).toISOString()}`);
  }
  return { cert, key, caPath: resolve(certPath) };
}

/** The certificate of `--tls`: the user's own when both paths are given, else the generated one. */
export function loadTls(options: { certPath?: string; keyPath?: string }): Promise<TlsMaterial> {
  if (options.certPath !== undefined && options.keyPath !== undefined) {
    return Promise.resolve(ownTls(options.certPath, options.keyPath));
  }
  return generatedTls();
}
