import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

// The same Chromium and flags as the end-to-end suite (playwright.config.ts), headless.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

function systemChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: ARGS, headless: true });
}

/** A fresh profile: no service worker, no HTTP cache, no saved state. */
export function freshContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
}
