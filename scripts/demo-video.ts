/**
 * `npm run demo:video`: records the presentation mode (`?present=seed`) as a stakeholder would see
 * it, in headless Chromium at 1280 × 720, once in en-US and once in zh-CN. Builds the production
 * bundle and serves it with `vite preview`. Each chapter is filmed only once its screen is ready (the
 * caption card's set-up status gone, the outlined part on screen), opening on Playwright's chapter
 * overlay (`page.screencast.showChapter`); the set-up between chapters is never filmed, and the
 * chapters are joined into one file (scripts/demo-video/segments.ts). Where the story has an action
 * (cancel in the confirm chapter, reactivate in the Account Center) it is done on screen through the
 * portal's own controls, slowed down, with a drawn pointer (scripts/demo-video/). Writes
 * `videos/demo-story-<lang>.webm` (git ignores it) and prints each file's path, duration and size.
 *
 *   npm run demo:video                               # both languages
 *   npm run demo:video -- --lang zh-CN               # one
 *   npm run demo:video -- --screenshots shots/       # also a PNG of every chapter
 *   DEMO_VIDEO_HOLD_MS=3000 npm run demo:video       # seconds per chapter without action (default 6 s)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type * as Playwright from '@playwright/test';
import { build, preview } from 'vite';
import { CHAPTERS } from '@/features/presentation/chapters';
import { presentationMessages } from '@/features/presentation/messages';
import { CHROMIUM_ARGS, systemChromium } from './chromium';
import { hidePointer } from './demo-video/pointer';
import { durationOf, joinSegments } from './demo-video/segments';
import { STORY_ACTIONS } from './demo-video/story-actions';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist-video`;
const OUT_DIR = `${ROOT}videos`;
const SIZE = { width: 1280, height: 720 };
const LANGS = ['en-US', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
/** A chapter without an action stays this long after its overlay; one with, this long before it. */
const HOLD_MS = Number(process.env.DEMO_VIDEO_HOLD_MS ?? 6_000);
const READ_MS = 4_000;
const CHAPTER_OVERLAY_MS = 1_500;
const SETTLE_MS = 700;

/**
 * Playwright encodes its videos with an ffmpeg it looks for only in its browsers folder, which it
 * downloads from a host this project cannot count on reaching. A system ffmpeg (`FFMPEG_PATH`,
 * /usr/bin/ffmpeg) or the npm-installed one (`@ffmpeg-installer/ffmpeg`, a devDependency) is linked
 * into a folder of our own where Playwright looks for it; Chromium is ours anyway (scripts/chromium.ts).
 * Must run before Playwright is loaded: it reads PLAYWRIGHT_BROWSERS_PATH once.
 */
function provideFfmpeg(): string {
  const require = createRequire(import.meta.url);
  let installed: string | undefined;
  try {
    installed = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  } catch {
    installed = undefined;
  }
  const ffmpeg = [process.env.FFMPEG_PATH, '/usr/bin/ffmpeg', installed].find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (!ffmpeg) {
    throw new Error(
      'No ffmpeg to encode the video: `npm install` (it brings @ffmpeg-installer/ffmpeg), install a system one (`apt-get install -y ffmpeg`), or set FFMPEG_PATH.',
    );
  }
  const browsers = JSON.parse(
    readFileSync(
      `${dirname(require.resolve('playwright-core/package.json'))}/browsers.json`,
      'utf8',
    ),
  ) as { browsers: { name: string; revision: string }[] };
  const revision = browsers.browsers.find((entry) => entry.name === 'ffmpeg')?.revision;
  if (!revision) throw new Error('playwright-core names no ffmpeg revision.');
  const folder = `${ROOT}node_modules/.cache/demo-video-playwright`;
  const dir = `${folder}/ffmpeg-${revision}`;
  mkdirSync(dir, { recursive: true });
  const link = `${dir}/${process.platform === 'win32' ? 'ffmpeg-win64.exe' : process.platform === 'darwin' ? 'ffmpeg-mac' : 'ffmpeg-linux'}`;
  rmSync(link, { force: true });
  symlinkSync(ffmpeg, link);
  process.env.PLAYWRIGHT_BROWSERS_PATH = folder;
  return ffmpeg;
}

/** Chinese captions need a CJK font in the system; without one Chromium draws boxes. */
function warnWithoutCjkFont(): void {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() === '') {
    console.warn(
      'No Chinese font is installed: the zh-CN video will show boxes. Install one (Debian: `apt-get install -y fonts-wqy-microhei` or `fonts-noto-cjk`).',
    );
  }
}

/**
 * Waits until chapter `number` is on screen as its caption describes it: the card shows its number
 * and no set-up status (the moment is loaded and the blade opened), the part the caption outlines is
 * there, and the blade has stopped loading. Only roles, names and the chapter's own target, never
 * where the card sits.
 */
async function waitUntilReady(
  { expect }: typeof Playwright,
  page: Playwright.Page,
  lang: Lang,
  number: number,
): Promise<void> {
  const t = presentationMessages[lang];
  const region = page.getByRole('region', { name: t.region, exact: true });
  await expect(region.getByText(t.progress(number, CHAPTERS.length), { exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await expect(region.getByRole('status')).toHaveCount(0, { timeout: 20_000 });
  // By its words too, wherever a new layout puts the set-up status.
  await expect(page.getByText(t.settingUp, { exact: true })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator(CHAPTERS[number - 1]!.target).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('main').getByRole('progressbar')).toHaveCount(0, { timeout: 20_000 });
  // A toast of the last chapter's action (the reactivation's "Succeeded") goes before this chapter
  // is filmed. Fluent renders the toaster's list only while it holds a toast; a toast that outstays
  // its timeout is no reason to lose the recording.
  await expect(page.locator('[data-toaster-position]'))
    .toHaveCount(0, { timeout: 15_000 })
    .catch(() =>
      console.warn(`Chapter ${number} (${lang}) is filmed with a toast still on screen.`),
    );
  // The outline glides to its target and the title takes focus: let both land before filming.
  await page.waitForTimeout(SETTLE_MS);
}

async function record(
  playwright: typeof Playwright,
  browser: Playwright.Browser,
  url: string,
  lang: Lang,
  screenshots: string | undefined,
  ffmpeg: string,
): Promise<string> {
  const t = presentationMessages[lang];
  const context = await browser.newContext({
    viewport: SIZE,
    locale: lang,
    timezoneId: 'UTC',
    baseURL: url,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const segments: string[] = [];
  try {
    await page.goto(`./?scenario=default&as=admin&lang=${lang}&present=seed&chapter=1`);
    const region = page.getByRole('region', { name: t.region, exact: true });
    for (const [index, chapter] of CHAPTERS.entries()) {
      const number = index + 1;
      await waitUntilReady(playwright, page, lang, number);
      const segment = `${OUT_DIR}/demo-story-${lang}.${String(number).padStart(2, '0')}.webm`;
      await page.screencast.start({ path: segment, size: SIZE });
      segments.push(segment);
      await page.screencast.showChapter(
        `${t.progress(number, CHAPTERS.length)} · ${t.chapters[chapter.key].title}`,
        { duration: CHAPTER_OVERLAY_MS },
      );
      await page.waitForTimeout(CHAPTER_OVERLAY_MS + 300);
      if (screenshots) {
        await page.screenshot({ path: `${screenshots}/chapter-${number}-${lang}.png` });
      }
      const action = STORY_ACTIONS[chapter.key];
      if (action) {
        // The caption first, read before anything moves; then the action, at a viewer's pace.
        await page.waitForTimeout(READ_MS);
        await action(page, lang, playwright.expect);
      } else {
        await page.waitForTimeout(HOLD_MS);
      }
      await page.screencast.stop();
      await hidePointer(page);
      // The next chapter is asked for off camera, by the card's own button (a text box may have
      // the focus, where → is the text box's).
      if (number < CHAPTERS.length) {
        await region.getByRole('button', { name: t.next, exact: true }).click();
      }
    }
  } finally {
    await context.close();
  }
  if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
  const path = `${OUT_DIR}/demo-story-${lang}.webm`;
  joinSegments(ffmpeg, segments, path);
  return path;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { lang: { type: 'string' }, screenshots: { type: 'string' } },
  });
  const langs = values.lang ? LANGS.filter((lang) => lang === values.lang) : LANGS;
  if (langs.length === 0) throw new Error(`--lang must be one of ${LANGS.join(', ')}.`);
  if (values.screenshots) mkdirSync(values.screenshots, { recursive: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const began = performance.now();
  const ffmpeg = provideFfmpeg();
  if (langs.includes('zh-CN')) warnWithoutCjkFont();
  const playwright = await import('@playwright/test');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: Number(process.env.DEMO_VIDEO_PORT ?? 4189) },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL.');
  const browser = await playwright.chromium.launch({
    executablePath: systemChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    for (const lang of langs) {
      const path = await record(playwright, browser, url, lang, values.screenshots, ffmpeg);
      const seconds = durationOf(ffmpeg, path);
      const megabytes = statSync(path).size / 1024 / 1024;
      console.log(
        `${path.slice(ROOT.length)}  ${seconds === undefined ? '?' : seconds.toFixed(1)} s  ${megabytes.toFixed(1)} MB`,
      );
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`demo:video took ${((performance.now() - began) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
