import { preview, type PreviewServer } from 'vite';
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

/** A production build in `outDir`, served on loopback as `npm run preview` serves it. */
export async function servePreview(
  root: string,
  outDir: string,
  port: number,
): Promise<{ server: PreviewServer; baseURL: string }> {
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, baseURL: `http://127.0.0.1:${port}/` };
}
