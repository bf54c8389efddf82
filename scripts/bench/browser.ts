import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../chromium';

// The same Chromium and flags as the end-to-end suite (scripts/chromium.ts), headless.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS, headless: true });
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
