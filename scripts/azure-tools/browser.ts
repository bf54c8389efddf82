import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { DEFAULTS } from '@/server/args';
import { serve, type Served } from '@/server/serve';
import { httpsCall, tokenFor } from '@/server/testing/https-client';
import { CHROMIUM_ARGS, systemChromium } from '../chromium';
import type { Verdict } from './checks';
import { report, skip } from './report';

// The browser's part of --tls (docs/azure-tools.md §7): the package's command over HTTPS in a shared
// world, the portal opened in Chromium as a Playwright suite would, with the two options the page
// gives, and a change made through the API with a signed token showing in the portal.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORTAL_DIR = join(ROOT, 'pkg/portal');
const DEV_TEST = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602';
const TIMEOUT_MS = 30_000;

async function step(name: string, check: () => Promise<Verdict>): Promise<boolean> {
  let verdict: Verdict;
  try {
    verdict = await check();
  } catch (error) {
    verdict = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
  }
  report('browser', name, verdict);
  return verdict === true;
}

export async function browser(): Promise<void> {
  const executablePath = systemChromium();
  if (executablePath === undefined) {
    skip('browser', 'no Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
    return;
  }
  if (!existsSync(join(PORTAL_DIR, 'index.html'))) {
    skip('browser', 'the built portal is missing: run npm run build:package');
    return;
  }
  let served: Served | undefined;
  let instance: Browser | undefined;
  try {
    const started = await step('azure-subscriptions-clone --tls --shared-world', async () => {
      served = await serve(
        { ...DEFAULTS, port: 0, apiPort: 0, tls: true, sharedWorld: true },
        PORTAL_DIR,
      );
      return served.portalUrl.startsWith('https://') ? true : `portal at ${served.portalUrl}`;
    });
    if (!started || served === undefined) return;
    const { portalUrl, apiUrl } = served;
    const ca = readFileSync(served.caPath as string, 'utf8');
    // The page's certificate error must not stop its service worker: ignoreHTTPSErrors covers the
    // pages and requests, --ignore-certificate-errors the worker's registration.
    instance = await chromium.launch({
      executablePath,
      args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
    });
    const page = await (await instance.newContext({ ignoreHTTPSErrors: true })).newPage();
    const opened = await step(
      'the portal over HTTPS starts its mock (service worker)',
      async () => {
        await page.goto(`${portalUrl}subscriptions`);
        await page.getByRole('main').waitFor({ timeout: TIMEOUT_MS });
        const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
        return controlled ? true : 'no service worker controls the page';
      },
    );
    if (!opened) return;
    await step('a rename through the API with a token shows in the portal', async () => {
      const token = await tokenFor(apiUrl, ca, 'admin');
      const renamed = await httpsCall(
        `${apiUrl}/subscriptions/${DEV_TEST}/providers/Microsoft.Subscription/rename?api-version=2021-10-01`,
        {
          ca,
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ subscriptionName: 'Contoso DevTest (browser)' }),
        },
      );
      if (renamed.status !== 200) return `rename answered ${renamed.status}: ${renamed.text}`;
      await page.reload();
      await page.getByText('Contoso DevTest (browser)').first().waitFor({ timeout: TIMEOUT_MS });
      return true;
    });
  } finally {
    await instance?.close();
    await served?.close();
  }
}
