/**
 * `npm run screenshots`: the README's pictures, taken from the real app. Builds the production bundle,
 * serves it with `vite preview`, and walks the seed's story in Chromium (the one Playwright's config
 * finds) with the same fixed start time as the e2e suite, so the dates in the pictures stay put.
 * Writes PNGs to docs/screenshots/ and fails, writing nothing more, if the page logs an error.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, expect, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { PortalShell } from '../e2e/kit/pages/portal-shell.js';
import { CHROMIUM_ARGS, systemChromium } from './chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = `${ROOT}docs/screenshots`;
const DIST = `${ROOT}dist-screenshots`;
const START = new Date('2026-03-15T09:00:00.000Z');
const PRODUCTION = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
const DESKTOP = { width: 1440, height: 900 };
/** An iPhone 12's width and what its browser leaves of the height. */
const PHONE = { width: 390, height: 664 };
const PROJECTOR = { width: 1280, height: 720 };
const LANGS = ['en-US', 'zh-CN'] as const;

// Toasts pop up over the blade's top right (the one for a cancellation in progress stays until it
// shows in the portal): the pictures are of the blades, so leave them out. The panel is in Notifications.
const HIDE_TOASTS = '.fui-Toast { visibility: hidden !important; }';

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: `${OUT_DIR}/${name}.png`,
    animations: 'disabled',
    style: HIDE_TOASTS,
  });
  console.log(`docs/screenshots/${name}.png`);
}

/** The presentation's chapter `n` is set up: its number shows and no set-up status is left. */
async function chapterReady(page: Page, n: number): Promise<void> {
  const card = page.getByRole('region', { name: /^(Presentation|演示模式)$/ });
  await expect(card.getByText(`${n} / 9`, { exact: true })).toBeVisible();
  await expect(card.getByRole('status')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('[data-presentation-outline]')).toBeVisible();
}

/** A phone (390 px): the list, an Overview, the wizard's Review step and a chapter of the story. */
async function shootPhone(page: Page, lang: (typeof LANGS)[number]): Promise<void> {
  const main = page.getByRole('main');
  await page.goto(`./subscriptions?scenario=default&as=admin&lang=${lang}`);
  await expect(main.getByRole('link', { name: 'Contoso Production', exact: true })).toBeVisible();
  await shoot(page, `phone-subscriptions-${lang}`);
  await page.goto(`./subscriptions/${PRODUCTION}?lang=${lang}`);
  await expect(main.getByRole('heading', { level: 1, name: 'Contoso Production' })).toBeVisible();
  await shoot(page, `phone-overview-${lang}`);
  await page.goto(`./subscriptions/${PRODUCTION}/cancel?lang=${lang}`);
  await main.getByRole('checkbox').first().check();
  await main.getByRole('button', { name: /^(Next|下一步)$/ }).click();
  await expect(main.getByText(/× 6 =/)).toBeVisible();
  await shoot(page, `phone-cancel-wizard-${lang}`);
  await page.goto(`./?present=seed&chapter=5&lang=${lang}`);
  await chapterReady(page, 5);
  await shoot(page, `phone-presentation-chapter-5-${lang}`);
}

async function main(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: Number(process.env.SCREENSHOTS_PORT ?? 4179) },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL.');
  const browser = await chromium.launch({
    executablePath: systemChromium(),
    args: CHROMIUM_ARGS,
  });
  const errors: string[] = [];
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    const context = await browser.newContext({
      viewport: DESKTOP,
      locale: 'en-US',
      timezoneId: 'UTC',
      baseURL: url,
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.clock.install({ time: START });
    const main = page.getByRole('main');
    const production = main.getByRole('link', { name: 'Contoso Production', exact: true });

    await page.goto('./subscriptions?scenario=default&as=admin&lang=en-US');
    await expect(production).toBeVisible();
    await shoot(page, 'subscriptions-list');

    await production.click();
    await main.getByRole('toolbar').getByRole('button', { name: 'Cancel subscription' }).click();
    const wizard = main.getByRole('region', { name: 'Cancel subscription' });
    await wizard.getByRole('checkbox', { name: 'I have reviewed these steps' }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByRole('heading', { name: 'Review the impact' })).toBeVisible();
    await expect(wizard.getByText(/a month × 6 =/)).toBeVisible();
    // The portal scrolls inside its blade, so a taller window (not a full-page shot) shows the whole step.
    await page.setViewportSize({ width: DESKTOP.width, height: 1100 });
    await shoot(page, 'cancel-wizard-review');
    await page.setViewportSize(DESKTOP);

    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('combobox', { name: /^Reason/ }).click();
    await page.getByRole('option', { name: 'It is too expensive', exact: true }).click();
    await wizard.getByRole('textbox', { name: /^Subscription name/ }).fill('Contoso Production');
    await wizard.getByRole('button', { name: 'Cancel subscription' }).click();
    await expect(page).toHaveURL(new RegExp(`/subscriptions/${PRODUCTION}$`));
    await expect(
      main.getByRole('status').filter({ hasText: 'Cancellation in progress' }),
    ).toBeVisible();
    await shoot(page, 'overview-cancellation-pending');

    const shell = new PortalShell(page);
    const demo = await shell.openDemo();
    await demo.travel('+10 minutes');
    await expect(demo.now).toHaveText(/^Simulated time:/);
    // The panel keeps the clicked button in view; show it from the top, as it opens.
    await demo.dialog.locator('.fui-DrawerBody').evaluate((body) => body.scrollTo(0, 0));
    await shoot(page, 'demo-panel');
    await demo.close();

    await expect(
      main.getByRole('alert').filter({ hasText: 'canceled and disabled' }),
    ).toBeVisible();
    await shoot(page, 'overview-disabled');

    const settings = await shell.openSettings();
    await settings.getByRole('radio', { name: '中文(简体)' }).check();
    await page.keyboard.press('Escape');
    await expect(main.getByRole('alert').filter({ hasText: '此订阅已取消并已禁用' })).toBeVisible();
    await shoot(page, 'overview-zh-CN');

    await page.goto('./subscriptions?lang=en-US');
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(production).toBeVisible();
    await shoot(page, 'subscriptions-list-768');

    for (const lang of LANGS) {
      const phone = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        locale: lang,
        timezoneId: 'UTC',
        baseURL: url,
      });
      const small = await phone.newPage();
      small.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      small.on('pageerror', (error) => errors.push(error.message));
      await small.clock.install({ time: START });
      await shootPhone(small, lang);
      await phone.close();

      const projector = await browser.newContext({
        viewport: PROJECTOR,
        locale: lang,
        timezoneId: 'UTC',
        baseURL: url,
      });
      const wide = await projector.newPage();
      wide.on('pageerror', (error) => errors.push(error.message));
      await wide.clock.install({ time: START });
      await wide.goto(`./?present=seed&chapter=3&scenario=default&lang=${lang}`);
      await chapterReady(wide, 3);
      await shoot(wide, `presentation-chapter-3-1280-${lang}`);
      await projector.close();
    }

    if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
