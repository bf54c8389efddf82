import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import {
  chunkOf,
  FIRST_LOAD_ROOTS,
  firstLoadChunks,
  isFirstLoadProbe,
  staticChunks,
} from './scripts/build/first-load-chunks.ts';
import { BOOT_FRAME, BOOT_STYLE, bootTitleScript } from './scripts/build/boot-frame.ts';
import { themeRule } from './scripts/build/fluent-theme.ts';
import { mockWorkerInOneFile } from './scripts/build/mock-worker-inline.ts';
import { mswBrowserBuild } from './scripts/build/msw-browser-build.ts';
import { reactSentinelsWithoutStacks } from './scripts/build/react-sentinels.ts';

// BASE_PATH lets the production build be served from a sub-path of any static host (e.g. /portal/).
const base = process.env.BASE_PATH ?? '/';
// The browser's mock needs only a sliver of tough-cookie; the real package drags in the public-suffix
// list (see src/mocks/lite-cookie-jar.ts). Vitest runs MSW in Node and keeps the real one.
const browserOnlyAliases = process.env.VITEST
  ? []
  : [
      {
        find: /^tough-cookie$/,
        replacement: fileURLToPath(new URL('./src/mocks/lite-cookie-jar.ts', import.meta.url)),
      },
    ];

/**
 * The entry imports the mock and the portal dynamically (src/app/main.tsx), so that failing to load
 * either can still be reported on the page, yet nothing shows before both run: index.html fetches
 * their chunks (and what those import) alongside the entry instead of after it.
 */
function preloadFirstLoad(): Plugin {
  return {
    name: 'preload-first-load',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) => {
        const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // Vite preloads what the entry itself imports.
        const entry = chunks.find((chunk) => chunk.isEntry);
        const entryChunks = entry ? staticChunks(entry, byFile) : new Set<string>();
        // The mock first: the browser fetches preloads in this order.
        const files = new Set<string>();
        for (const root of [...FIRST_LOAD_ROOTS.mock, ...FIRST_LOAD_ROOTS.portal]) {
          staticChunks(chunkOf(chunks, root), byFile, files);
        }
        return [...files]
          .filter((file) => !entryChunks.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** The mock's service worker (public/mock-worker.js, which loads MSW's mockServiceWorker.js). */
const MOCK_WORKER_URL = `${base}mock-worker.js`;

/**
 * Registering the mock's service worker is the longest wait of a first visit (download, install,
 * activate, claim the page), and it needs none of the app: index.html starts it while the app's
 * JavaScript downloads and runs, and `worker.start()` (src/mocks/browser.ts) then finds it installed.
 * A failure is left to `worker.start()`, which registers again and reports it on the page.
 */
const EARLY_WORKER_REGISTRATION = `if (navigator.serviceWorker) navigator.serviceWorker.register(${JSON.stringify(
  MOCK_WORKER_URL,
)}, { scope: ${JSON.stringify(base)} }).catch(function () {});`;

function registerMockWorkerEarly(): Plugin {
  return {
    name: 'register-mock-worker-early',
    // Right after <title>: before the stylesheet, which an inline script would wait for.
    transformIndexHtml: (html) => {
      if (!html.includes('</title>')) throw new Error('register-mock-worker-early: no <title>');
      return html.replace(
        '</title>',
        `</title>\n    <script>${EARLY_WORKER_REGISTRATION}</script>`,
      );
    },
  };
}

const BOOT_TITLE_SCRIPT = bootTitleScript(base);
const THEME_RULE = themeRule();
const GLOBAL_CSS = fileURLToPath(new URL('./src/app/global.css', import.meta.url));

/**
 * The portal's frame, painted from the HTML before the JavaScript runs (scripts/build/boot-frame.ts),
 * with the page's global styles and Fluent's theme (scripts/build/fluent-theme.ts) inline beside it:
 * the first paint then waits for no request but the page's own (a stylesheet is one more round trip
 * on a phone's network before anything shows).
 */
function bootFrame(): Plugin {
  return {
    name: 'boot-frame',
    transformIndexHtml: (html) => {
      const root = '<div id="root"></div>';
      if (!html.includes(root)) throw new Error('boot-frame: no empty #root');
      const globalCss = readFileSync(GLOBAL_CSS, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .trim();
      return html
        .replace('</head>', `  <style>${globalCss}${THEME_RULE}${BOOT_STYLE}</style>\n  </head>`)
        .replace(
          root,
          `<div id="root">${BOOT_FRAME}</div>\n    <script>${BOOT_TITLE_SCRIPT}</script>`,
        );
    },
  };
}

/**
 * Built assets carry a content hash in their name, so `npm run preview` (and the e2e suite and the
 * bench, which use it) lets the browser keep them for good, as any static host should: a reload then
 * revalidates index.html only. docs/performance.md says so for deployments.
 */
function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer: (server) => {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith(`${base}assets/`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
        next();
      });
    },
  };
}

/**
 * The production build's Content-Security-Policy, as a <meta> (static hosts rarely let a demo set
 * headers; `frame-ancestors` cannot be set this way). Fluent's CSS-in-JS adds <style> elements, hence
 * 'unsafe-inline' styles; no 'unsafe-eval', so zod parses without compiling (`jitless`, set where the
 * app imports it: src/contract/zod.ts). docs/reliability.md explains each directive.
 */
function contentSecurityPolicy(): Plugin {
  let arm = 'https://management.azure.com';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved: (config) => {
      const configured: unknown = config.env.VITE_ARM_BASE_URL;
      if (typeof configured === 'string' && configured !== '') arm = new URL(configured).origin;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        injectTo: 'head-prepend',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: [
            "default-src 'self'",
            // The inline scripts, the early worker registration and the frame's title, allowed by hash.
            `script-src 'self' ${[EARLY_WORKER_REGISTRATION, BOOT_TITLE_SCRIPT].map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`).join(' ')}`,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            `connect-src 'self' ${arm}`,
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
          ].join('; '),
        },
      },
    ],
  };
}

/**
 * The portal's own `makeStyles` resolved at build time, as Fluent's components already ship: Griffel
 * otherwise turns each style object into atomic CSS rules in the page, on first use, with stylis and
 * rtl-css-js in the first load's JavaScript (the warm load is 25-30 ms faster without). The
 * build writes the rules the page would make: 16 screens compared pixel for pixel were the same but
 * for 3 anti-aliased pixels of one rounded corner. Build only: the dev server and Vitest keep
 * Griffel's run-time path, which gives the same styles.
 */
function stylesAtBuildTime(): Plugin | false {
  // The probe build (first-load-chunks.ts) needs the module graph only, which this does not change
  // but for the run-time resolver it leaves out; skipped there, the build takes about 3 s less.
  // A style may use a constant from a TypeScript module (the caption's dock media query, say),
  // which the resolver then parses from its source, so its parser must read TypeScript.
  const resolver = griffel({ babelOptions: { parserOpts: { plugins: ['typescript'] } } });
  return !isFirstLoadProbe() && { ...(resolver as Plugin), apply: 'build' };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    stylesAtBuildTime(),
    registerMockWorkerEarly(),
    bootFrame(),
    preloadFirstLoad(),
    firstLoadChunks(fileURLToPath(import.meta.url), FIRST_LOAD_ROOTS),
    mswBrowserBuild(),
    reactSentinelsWithoutStacks(),
    mockWorkerInOneFile(),
    immutableAssets(),
    contentSecurityPolicy(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...browserOnlyAliases,
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // Unit tests: vitest.config.ts.
});
