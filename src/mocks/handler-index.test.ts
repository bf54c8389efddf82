import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { admitsOf, IndexedHandlers } from './handler-index';
import { createHandlers } from './handlers/create-handlers';
import { sharedWorldHandlers } from './shared-world';
import { createMemoryStorage } from './store/key-value-storage';
import { createMockStore } from './store/mock-store';

const ARM = 'https://management.azure.com';
// A page origin with a port: MSW must not take the port's colon for a parameter, nor may the index.
const DEMO = 'http://127.0.0.1:4300';

function mockHandlers(): HttpHandler[] {
  const store = createMockStore({
    storage: createMemoryStorage(),
    scenario: 'default',
    fresh: true,
    // One instant for both lists, so that their answers can be compared whole.
    systemNow: () => Date.UTC(2026, 11, 7),
  });
  return createHandlers({ armBaseUrl: ARM, demoBaseUrl: DEMO, store, latency: 'none' });
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Requests shaped on every handler's path: odd parameter values, other cases, slashes, queries. */
function sampleUrls(paths: readonly string[]): string[] {
  const urls = new Set<string>([`${ARM}/`, `${ARM}/nothing/here`, `${DEMO}/__demo`, `${DEMO}/`]);
  for (const path of paths) {
    for (const value of ['p', 'A|B', 'a%2Fb', 'x.y', '00000000-0000-0000-0000-000000000000']) {
      const filled = path.replace(/\/:[^/]+/g, `/${value}`).replace(/\*+/g, `${value}/more`);
      urls.add(filled);
      urls.add(`${filled}/`);
      urls.add(`${filled}?api-version=1&x=%2F#top`);
      urls.add(
        filled.toUpperCase().replace(/^HTTPS?:\/\/[^/]+/i, (origin) => origin.toLowerCase()),
      );
      urls.add(`${filled}/extra`);
    }
  }
  return [...urls];
}

/** MSW's own verdict: the handler's parse and predicate, as its request loop runs them. */
async function mswMatches(handler: HttpHandler, request: Request): Promise<boolean> {
  const parsedResult = await handler.parse({ request });
  return handler.predicate({ request, parsedResult });
}

describe('the mock’s handler index', () => {
  it('admits every request that MSW would match, for every handler of the mock and of a shared world', async () => {
    const handlers = [
      ...mockHandlers(),
      ...sharedWorldHandlers('http://127.0.0.1:7071', ARM, DEMO),
    ];
    const urls = sampleUrls(handlers.map((handler) => String(handler.info.path)));
    let matched = 0;
    let admitted = 0;
    for (const url of urls) {
      const { origin, pathname } = new URL(url);
      for (const method of METHODS) {
        for (const handler of handlers) {
          const admits = admitsOf(handler.info)(method, origin + pathname);
          if (admits) admitted += 1;
          if (!(await mswMatches(handler, new Request(url, { method })))) continue;
          matched += 1;
          expect(admits, `${method} ${url} for ${handler.info.header}`).toBe(true);
        }
      }
    }
    // And it prunes: of every (request, handler) pair, MSW tries them all, the index about one in
    // twenty (10,760 of 233,128 when written), barely more than the 10,734 that MSW matches.
    expect(matched).toBeGreaterThan(1000);
    expect(admitted).toBeLessThan(matched * 1.05);
  });

  it('tries a landing read on its own handler and the body limit only', () => {
    const handlers = mockHandlers();
    const tried = (method: string, url: string): string[] =>
      handlers.filter((h) => admitsOf(h.info)(method, url)).map((h) => h.info.header);
    expect(tried('GET', `${ARM}/subscriptions`)).toEqual([
      `/.+/ ${ARM}/*`,
      `GET ${ARM}/subscriptions`,
    ]);
    expect(tried('GET', `${ARM}/tenants`)).toEqual([`/.+/ ${ARM}/*`, `GET ${ARM}/tenants`]);
    expect(tried('GET', `${DEMO}/__demo/state`)).toEqual([
      `/.+/ ${DEMO}/__demo/*`,
      `GET ${DEMO}/__demo/state`,
    ]);
  });

  it('answers as the list of handlers answers: reads, refusals and what nothing handles', async () => {
    const version = API_VERSIONS.subscriptions;
    const requests = (): Request[] => [
      new Request(`${ARM}/subscriptions?api-version=${version}`, {
        headers: { Authorization: 'Bearer persona:admin' },
      }),
      new Request(`${ARM}/Subscriptions/?api-version=${version}`, {
        headers: { Authorization: 'Bearer persona:reader' },
      }),
      new Request(`${ARM}/subscriptions?api-version=1999-01-01`, {
        headers: { Authorization: 'Bearer persona:admin' },
      }),
      new Request(`${ARM}/tenants?api-version=${API_VERSIONS.subscriptions}`),
      new Request(`${ARM}/subscriptions/none/resourcegroups/rg`, { method: 'DELETE' }),
      new Request(`${DEMO}/__demo/state`),
      new Request(`${DEMO}/__demo/reset`, { method: 'POST', body: 'x'.repeat(2_000_000) }),
      new Request(`${DEMO}/assets/portal.js`),
    ];
    const listed = mockHandlers();
    const indexed = [new IndexedHandlers(mockHandlers())];
    const plain = requests();
    const viaIndex = requests();
    for (const [i, request] of plain.entries()) {
      const expected = await getResponse(listed, request);
      const actual = await getResponse(indexed, viaIndex[i]!);
      expect(actual?.status, request.url).toBe(expected?.status);
      expect(await actual?.text(), request.url).toBe(await expected?.text());
    }
  });
});
