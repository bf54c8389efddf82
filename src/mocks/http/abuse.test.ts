import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { BODY_LIMITS, MAX_DEMO_LATENCY_MS } from '@/contract/limits';
import { MOCK_ANSWER_HEADER } from '@/contract/transport';
import { startMockApi, type MockApi } from '../http-server';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { replayRecordSize } from '../handlers/replay';
import { createHandlers } from '../handlers/create-handlers';
import { createMemoryStorage } from '../store/key-value-storage';
import { createMockStore } from '../store/mock-store';
import { pick, randomInt, seededRandom } from '@/domain/random';

// The server as a hostile or careless client meets it (docs/contract.md §9, docs/security.md): each
// request answers its documented status, a refused request leaves the world byte-identical, and the
// process stays up with its memory flat. Bounded: a few hundred requests, well under 30 s.

const PROD = DEFAULT_IDS.production;
const CANCEL = `/subscriptions/${PROD}/providers/Microsoft.Subscription/cancel?api-version=2021-10-01`;
const ADMIN = { Authorization: 'Bearer persona:admin' };
const MiB = 1024 * 1024;
const ZEROS = Buffer.alloc(MiB);

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request over a raw socket, as curl or a script would send it: the path exactly as written
 * (fetch would normalise it), and a body of `megabytes` streamed from one reused buffer, so that
 * only the server's memory is measured. Resolves with the answer even when the server closes the
 * connection before the body is sent, as it does for a body it refuses.
 */
function raw(
  api: MockApi,
  method: string,
  path: string,
  options: {
    headers?: Record<string, string>;
    body?: string;
    megabytes?: number;
    chunked?: boolean;
  } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    const size =
      options.megabytes !== undefined
        ? options.megabytes * MiB
        : options.body !== undefined
          ? Buffer.byteLength(options.body)
          : undefined;
    if (size !== undefined && options.chunked !== true) headers['Content-Length'] = String(size);
    let answered = false;
    const req = httpRequest(
      { host: '127.0.0.1', port: api.port, method, path, headers, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }),
        );
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (options.body !== undefined) req.end(options.body);
    else if (options.megabytes !== undefined) {
      let sent = 0;
      const pump = (): void => {
        while (sent < (options.megabytes ?? 0) && !req.destroyed) {
          sent++;
          if (!req.write(ZEROS)) {
            req.once('drain', pump);
            return;
          }
        }
        if (!req.destroyed) req.end();
      };
      pump();
    } else req.end();
  });
}

/** The whole state as the API exports it, without the instant it was taken. */
async function worldText(api: MockApi): Promise<string> {
  const answer = await raw(api, 'GET', '/__demo/snapshot');
  const snapshot = JSON.parse(answer.body) as Record<string, unknown>;
  delete snapshot.takenAt;
  return JSON.stringify(snapshot);
}

describe('Abuse suite: the shared server holds up (docs/contract.md §9)', () => {
  let api: MockApi;
  beforeAll(async () => {
    api = await startMockApi({ port: 0 });
  });
  afterAll(async () => {
    await api.close();
  });

  const refusals: [string, () => Promise<RawAnswer>, number][] = [
    [
      'Body limit: a 20 MB cancel answers 413 before the body is read',
      () => raw(api, 'POST', CANCEL, { headers: ADMIN, megabytes: 20 }),
      413,
    ],
    [
      'Body limit: a 20 MB cancel sent in chunks, without a length, answers 413 at the limit',
      () => raw(api, 'POST', CANCEL, { headers: ADMIN, megabytes: 20, chunked: true }),
      413,
    ],
    [
      'Body limit: a 20 MB clock move without any token answers 413',
      () => raw(api, 'POST', '/__demo/clock', { megabytes: 20 }),
      413,
    ],
    [
      'Body limit: a snapshot over its 8 MiB limit answers 413',
      () => raw(api, 'PUT', '/__demo/snapshot', { megabytes: 9 }),
      413,
    ],
    [
      'Origins: a cross-site text/plain reset from another site answers 403',
      () =>
        raw(api, 'POST', '/__demo/reset', {
          headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
          body: '{"scenario":"empty"}',
        }),
      403,
    ],
    [
      'Origins: a cross-site cancel with a valid persona answers 403',
      () =>
        raw(api, 'POST', CANCEL, {
          headers: { ...ADMIN, Origin: 'https://evil.example' },
          body: '',
        }),
      403,
    ],
    [
      'Origins: a write marked Sec-Fetch-Site: cross-site answers 403',
      () =>
        raw(api, 'POST', '/__demo/reset', {
          headers: { 'Sec-Fetch-Site': 'cross-site' },
          body: '{"scenario":"empty"}',
        }),
      403,
    ],
    [
      'Origins: a sandboxed page (Origin: null) may not write',
      () =>
        raw(api, 'POST', '/__demo/reset', {
          headers: { Origin: 'null' },
          body: '{"scenario":"empty"}',
        }),
      403,
    ],
    [
      'Paths: a malformed percent-escape answers 400',
      () => raw(api, 'GET', '/subscriptions/%E0%A4%A?api-version=2022-12-01', { headers: ADMIN }),
      400,
    ],
    [
      'Paths: an encoded slash or dot segment answers 400',
      () =>
        raw(api, 'GET', '/subscriptions/..%2F..%2Fetc?api-version=2022-12-01', { headers: ADMIN }),
      400,
    ],
    [
      'Methods: TRACE answers 405',
      () => raw(api, 'TRACE', `/subscriptions/${PROD}?api-version=2022-12-01`),
      405,
    ],
    [
      'Methods: DELETE on a subscription answers 405',
      () => raw(api, 'DELETE', `/subscriptions/${PROD}?api-version=2022-12-01`, { headers: ADMIN }),
      405,
    ],
    [
      'Methods: PATCH on the cancel action answers 405',
      () => raw(api, 'PATCH', CANCEL, { headers: ADMIN, body: '{}' }),
      405,
    ],
    ['Methods: GET on a demo write answers 405', () => raw(api, 'GET', '/__demo/reset'), 405],
    [
      'Clock: a date that is not in the calendar (2030-02-30) answers 400',
      () => raw(api, 'POST', '/__demo/clock', { body: '{"setIso":"2030-02-30"}' }),
      400,
    ],
    [
      'Faults: a latency override past the documented maximum answers 400',
      () =>
        raw(api, 'POST', '/__demo/faults', {
          body: JSON.stringify({ rules: [], latencyMs: MAX_DEMO_LATENCY_MS + 1 }),
        }),
      400,
    ],
    [
      'JSON: a body that is not JSON answers 400',
      () => raw(api, 'POST', CANCEL, { headers: ADMIN, body: '{"confirmation":' }),
      400,
    ],
    [
      'Auth: an unauthenticated write answers 401',
      () => raw(api, 'POST', CANCEL, { body: '' }),
      401,
    ],
  ];

  it.each(refusals)('%s; the world is byte-identical after it', async (_name, send, status) => {
    const before = await worldText(api);
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.headers[MOCK_ANSWER_HEADER]).toBe('azure-portal-clone');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: expect.any(String) } });
    expect(await worldText(api)).toBe(before);
  });

  it('Methods: a wrong method names the allowed ones in Allow', async () => {
    const answer = await raw(api, 'DELETE', `/subscriptions/${PROD}?api-version=2022-12-01`, {
      headers: ADMIN,
    });
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
    const action = await raw(api, 'GET', CANCEL, { headers: ADMIN });
    expect(action.status).toBe(405);
    expect(action.headers.allow).toBe('OPTIONS, POST');
  });

  it('Methods: HEAD answers as GET, with its status and length and no body', async () => {
    const get = await raw(api, 'GET', `/subscriptions/${PROD}?api-version=2022-12-01`, {
      headers: ADMIN,
    });
    const head = await raw(api, 'HEAD', `/subscriptions/${PROD}?api-version=2022-12-01`, {
      headers: ADMIN,
    });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)));
    const missing = await raw(
      api,
      'HEAD',
      '/subscriptions/00000000-0000-4000-8000-000000000000?api-version=2022-12-01',
      {
        headers: ADMIN,
      },
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });

  it('Paths: repeated slashes read as one, as a base URL with a trailing slash sends them', async () => {
    const answer = await raw(api, 'GET', `//subscriptions//${PROD}?api-version=2022-12-01`, {
      headers: ADMIN,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ subscriptionId: PROD });
  });

  it('Marks: a 404 and a malformed request line still carry x-mock-answered-by', async () => {
    const missing = await raw(api, 'GET', '/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers[MOCK_ANSWER_HEADER]).toBe('azure-portal-clone');
    expect(missing.body).toContain("'/nothing-here'");
  });

  it('Origins: loopback pages and requests without Origin write as before; CORS never says *', async () => {
    const loopback = await raw(api, 'POST', '/__demo/clock', {
      headers: { Origin: 'http://127.0.0.1:5173', 'Content-Type': 'application/json' },
      body: '{"advanceMs":1000}',
    });
    expect(loopback.status).toBe(200);
    expect(loopback.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5173');
    const localhost = await raw(api, 'POST', '/__demo/clock', {
      headers: { Origin: 'http://localhost:3000' },
      body: '{"advanceMs":1000}',
    });
    expect(localhost.status).toBe(200);
    // localhost and 127.0.0.1 are different sites to a browser, but both are this machine.
    const otherLoopbackSite = await raw(api, 'POST', '/__demo/clock', {
      headers: { Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'cross-site' },
      body: '{"advanceMs":1000}',
    });
    expect(otherLoopbackSite.status).toBe(200);
    const noOrigin = await raw(api, 'POST', '/__demo/clock', { body: '{"reset":true}' });
    expect(noOrigin.status).toBe(200);
    expect(noOrigin.headers['access-control-allow-origin']).toBeUndefined();
    const foreignRead = await raw(api, 'GET', '/__demo/state', {
      headers: { Origin: 'https://evil.example' },
    });
    // A read changes nothing, but the foreign page may not see it: no CORS header names it.
    expect(foreignRead.status).toBe(200);
    expect(foreignRead.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw(api, 'OPTIONS', '/__demo/reset', {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('Memory: 200 refused 20 MB cancels, each with its own request id, leave RSS within 50 MB and the record empty', async () => {
    const baseline = async (): Promise<number> => {
      globalThis.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return process.memoryUsage().rss;
    };
    const before = await baseline();
    for (let i = 0; i < 200; i++) {
      const answer = await raw(api, 'POST', CANCEL, {
        headers: { ...ADMIN, 'x-ms-client-request-id': `flood-${i}` },
        megabytes: 20,
        chunked: i % 2 === 1,
      });
      expect(answer.status).toBe(413);
    }
    const grown = (await baseline()) - before;
    expect(grown).toBeLessThan(50 * MiB);
    expect(replayRecordSize(api.store)).toEqual({ answers: 0, bytes: 0 });
    // The server still answers.
    const list = await raw(api, 'GET', '/subscriptions?api-version=2022-12-01', { headers: ADMIN });
    expect(list.status).toBe(200);
  });

  it('Body limit: a body at the limit is read and judged by the route', async () => {
    const padding = 'x'.repeat(BODY_LIMITS.demoWrite - 40);
    const answer = await raw(api, 'POST', '/__demo/clock', {
      body: JSON.stringify({ advanceMs: 1, padding }),
    });
    expect(answer.status).toBe(200);
  });
});

describe('Abuse suite: no input answers 5xx (docs/contract.md §9)', () => {
  let api: MockApi;
  beforeAll(async () => {
    api = await startMockApi({ port: 0 });
  });
  afterAll(async () => {
    await api.close();
  });

  /** Every route the handlers serve: its method and path template (`/subscriptions/:subscriptionId/...`). */
  function routes(): { method: string; path: string }[] {
    const store = createMockStore({ storage: createMemoryStorage(), fresh: true });
    const handlers = createHandlers({ armBaseUrl: 'http://x', demoBaseUrl: 'http://x', store });
    return handlers.flatMap(({ info }) =>
      typeof info.path === 'string' && typeof info.method === 'string' && !info.path.endsWith('*')
        ? [{ method: info.method.toUpperCase(), path: info.path.replace('http://x', '') }]
        : [],
    );
  }

  const SEGMENTS = [
    PROD,
    DEFAULT_IDS.legacyMarketing,
    '00000000-0000-4000-8000-000000000000',
    'not-a-guid',
    'rg-prod',
    'vm-web-01',
    '%00',
    '%F0%9F%98%80',
    'a'.repeat(300),
    '__proto__',
    'constructor',
    '%27%3B%20DROP%20TABLE',
  ];
  const BODIES = [
    '',
    '{}',
    'null',
    '[]',
    '"text"',
    '42',
    '{"scenario":"__proto__"}',
    '{"id":{"toString":1}}',
    '{"confirmation":"Contoso Production","reason":"other","comment":null}',
    '{"subscriptionName":"\\u0000"}',
    '{"rules":[{"operation":"*","latencyMs":1e308}]}',
    '{"advanceMs":1e308}',
    '{"setIso":"275760-09-13T00:00:00Z"}',
    '{"resources":["/subscriptions/x"],"targetResourceGroup":{}}',
    '{"format":"azure-subscriptions-demo","version":1,"world":[]}',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  ];
  const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  const VERSIONS = [...new Set(Object.values(API_VERSIONS)), '', 'x', '1e308'];

  it('Random requests on every route (seeded): none answers 5xx, each is marked, the server stays up', async () => {
    const random = seededRandom('abuse-5xx');
    const served = routes();
    expect(served.length).toBeGreaterThan(20);
    const seen = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const route = pick(random, served);
      const path = route.path.replace(/:[A-Za-z]+/g, () =>
        // Mostly real ids, so that the walk reaches the handlers' own checks.
        randomInt(random, 0, 2) === 0 ? pick(random, SEGMENTS) : pick(random, SEGMENTS.slice(0, 2)),
      );
      const version = pick(random, VERSIONS);
      const method = randomInt(random, 0, 4) === 0 ? pick(random, METHODS) : route.method;
      const body = method === 'GET' || method === 'HEAD' ? undefined : pick(random, BODIES);
      const persona = pick(random, ['admin', 'admin', 'admin', 'owner', 'reader', 'nobody', '']);
      const answer = await raw(
        api,
        method,
        `${path}${version === '' ? '' : `?api-version=${version}`}`,
        {
          headers: {
            Authorization: `Bearer persona:${persona}`,
            'Content-Type': 'application/json',
            ...(randomInt(random, 0, 3) === 0 && { 'x-ms-client-request-id': `r-${i}` }),
          },
          ...(body !== undefined && { body }),
        },
      );
      seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
      expect(answer.status, `${method} ${path} ${body ?? ''}`).toBeLessThan(500);
      expect(answer.headers[MOCK_ANSWER_HEADER]).toBe('azure-portal-clone');
      // A reset now and then keeps the walk going through fresh worlds.
      if (randomInt(random, 0, 40) === 0) {
        await raw(api, 'POST', '/__demo/reset', { body: '{"scenario":"default"}' });
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The walk reached handlers, not only the edge's refusals.
    expect(seen.get(200) ?? 0).toBeGreaterThan(25);
  });
});
