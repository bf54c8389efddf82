/**
 * `npm run demo:video`: records the presentation mode (`?present=seed`) end to end, as a stakeholder
 * would see it, in headless Chromium at 1280 × 720, once in en-US and once in zh-CN. Builds the
 * production bundle, serves it with `vite preview`, walks every chapter by keyboard (→), with
 * Playwright's own chapter overlay (`page.screencast.showChapter`) at each chapter's start and the
 * portal's caption card on screen throughout. Writes `videos/demo-story-<lang>.webm` (git ignores it)
 * and prints each file's path, duration and size.
 *
 *   npm run demo:video                               # both languages
 *   npm run demo:video -- --lang zh-CN               # one
 *   npm run demo:video -- --screenshots shots/       # also a PNG of every chapter
 *   DEMO_VIDEO_HOLD_MS=3000 npm run demo:video       # seconds per chapter (default 6 s)
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type * as Playwright from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, systemChromium } from './chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist-video`;
const OUT_DIR = `${ROOT}videos`;
const SIZE = { width: 1280, height: 720 };
const LANGS = ['en-US', 'zh-CN'] as const;
type Lang = (typeof LANGS)[number];
const CHAPTERS = 9;
const HOLD_MS = Number(process.env.DEMO_VIDEO_HOLD_MS ?? 6_000);
const CHAPTER_OVERLAY_MS = 1_500;
const REGION_NAME: Record<Lang, string> = { 'en-US': 'Presentation', 'zh-CN': '演示模式' };

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

/** The video's own duration as ffmpeg reads it, in seconds, or undefined. */
function durationOf(ffmpeg: string, path: string): number | undefined {
  const probe = spawnSync(ffmpeg, ['-hide_banner', '-i', path], { encoding: 'utf8' });
  const match = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(probe.stderr);
  if (!match) return undefined;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
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

async function record(
  { expect }: typeof Playwright,
  browser: Playwright.Browser,
  url: string,
  lang: Lang,
  screenshots: string | undefined,
): Promise<{ path: string; seconds: number }> {
  const context = await browser.newContext({
    viewport: SIZE,
    locale: lang,
    timezoneId: 'UTC',
    baseURL: url,
    recordVideo: { dir: OUT_DIR, size: SIZE },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const started = performance.now();
  await page.goto(`./?scenario=default&as=admin&lang=${lang}&present=seed&chapter=1`);
  const region = page.getByRole('region', { name: REGION_NAME[lang] });
  for (let chapter = 1; chapter <= CHAPTERS; chapter += 1) {
    await expect(region.getByText(`${chapter} / ${CHAPTERS}`, { exact: true })).toBeVisible({
      timeout: 20_000,
    });
    // Set up: the moment is loaded and the blade shows it.
    await expect(region.getByRole('status')).toHaveCount(0, { timeout: 20_000 });
    const title = (await region.getByRole('heading').textContent()) ?? '';
    await page.screencast.showChapter(`${chapter} / ${CHAPTERS} · ${title}`, {
      duration: CHAPTER_OVERLAY_MS,
    });
    await page.waitForTimeout(CHAPTER_OVERLAY_MS + 300);
    if (screenshots) {
      await page.screenshot({ path: `${screenshots}/chapter-${chapter}-${lang}.png` });
    }
    await page.waitForTimeout(HOLD_MS);
    if (chapter < CHAPTERS) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(region).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(1_000);
  const video = page.video();
  await context.close();
  const seconds = (performance.now() - started) / 1000;
  if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
  if (!video) throw new Error('Playwright recorded no video.');
  const path = `${OUT_DIR}/demo-story-${lang}.webm`;
  renameSync(await video.path(), path);
  return { path, seconds };
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
      const { path, seconds: recorded } = await record(
        playwright,
        browser,
        url,
        lang,
        values.screenshots,
      );
      const seconds = durationOf(ffmpeg, path) ?? recorded;
      const megabytes = statSync(path).size / 1024 / 1024;
      console.log(
        `${path.slice(ROOT.length)}  ${seconds.toFixed(1)} s  ${megabytes.toFixed(1)} MB`,
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
