import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** The fixed instant every test starts at unless it asks for another (page.clock drives the mock's clock). */
export const DEFAULT_START = new Date('2026-03-15T09:00:00.000Z');

// Chromium logs every 4xx/5xx answer as a console error, even when it is an ARM error the UI shows on
// purpose (a 403 the test provokes, an injected 503). Those are not app errors.
const EXPECTED_CONSOLE = [
  /Failed to load resource: the server responded with a status of [45]\d\d/,
];

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export interface Api {
  /** An ARM call from inside the page (the mock lives in its service worker), as `persona`. */
  call: (
    method: string,
    path: string,
    options: { apiVersion: string; body?: unknown; persona?: string | null },
  ) => Promise<ApiAnswer>;
  /** A `/__demo/*` call (contract §2). */
  demo: (path: string, body?: unknown) => Promise<ApiAnswer>;
}

export interface PortalOptions {
  /** Scenario loaded fresh for the test (contract §4). */
  scenario: string;
  /** Persona signed in for the test. */
  persona: string;
  lang: 'en-US' | 'zh-CN';
  /** Where the fake clock starts; `null` leaves the real clock. */
  startAt: Date | null;
}

export interface PortalFixtures {
  /** Opens a portal URL with the test's scenario, persona and language applied once. */
  gotoPortal: (path?: string) => Promise<void>;
  api: Api;
  /** Console errors that this test expects (e.g. a provoked crash); anything else fails the test. */
  allowConsoleError: (pattern: RegExp) => void;
}

export const test = base.extend<PortalOptions & PortalFixtures & { consoleGuard: RegExp[] }>({
  scenario: ['default', { option: true }],
  persona: ['admin', { option: true }],
  lang: ['en-US', { option: true }],
  startAt: [DEFAULT_START, { option: true }],

  consoleGuard: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if ([...EXPECTED_CONSOLE, ...allowed].some((pattern) => pattern.test(text))) return;
        // Where it came from: a failed resource's message names no URL of its own.
        const { url } = message.location();
        problems.push(`console.error: ${text}${url ? ` (${url})` : ''}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(allowed);
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],

  allowConsoleError: async ({ consoleGuard }, use) => {
    await use((pattern) => {
      consoleGuard.push(pattern);
    });
  },

  gotoPortal: async ({ page, scenario, persona, lang, startAt }, use) => {
    if (startAt) await page.clock.install({ time: startAt });
    await use(async (path = '/') => {
      const url = new URL(path, 'http://placeholder');
      url.searchParams.set('scenario', scenario);
      url.searchParams.set('as', persona);
      url.searchParams.set('lang', lang);
      await page.goto(`.${url.pathname}${url.search}`);
      await expect(page.getByRole('main')).toBeVisible();
    });
  },

  api: async ({ page }, use) => {
    await use({
      call: (method, path, { apiVersion, body, persona = 'admin' }) =>
        callInPage(page, { method, path, apiVersion, body, persona }),
      demo: (path, body) =>
        page.evaluate(
          async ({ path: demoPath, body: demoBody }) => {
            const response = await fetch(`/__demo/${demoPath}`, {
              method: demoBody === undefined ? 'GET' : 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: demoBody === undefined ? undefined : JSON.stringify(demoBody),
            });
            const text = await response.text();
            return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
          },
          { path, body },
        ),
    });
  },
});

async function callInPage(
  page: Page,
  request: {
    method: string;
    path: string;
    apiVersion: string;
    body: unknown;
    persona: string | null;
  },
): Promise<ApiAnswer> {
  return page.evaluate(async ({ method, path, apiVersion, body, persona }) => {
    const url = new URL(`https://management.azure.com${path}`);
    url.searchParams.set('api-version', apiVersion);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (persona) headers.Authorization = `Bearer persona:${persona}`;
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  }, request);
}
