import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_PLACEHOLDER } from '../portal-html';

// A small stand-in for pkg/portal/, shaped as `npm run build:package` writes it (vite.config.ts): a
// Content-Security-Policy <meta> (quotes as &#39;) allowing one inline script by its hash, the script
// naming the base, a hashed asset and the service worker.

export const INLINE_SCRIPT = `if (navigator.serviceWorker) navigator.serviceWorker.register("${BASE_PLACEHOLDER}mock-worker.js", { scope: "${BASE_PLACEHOLDER}" }).catch(function () {});`;

const hash = (text: string) => createHash('sha256').update(text).digest('base64');

export const FIXTURE_INDEX_HTML = `<!doctype html>
<html lang="en-US">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-${hash(INLINE_SCRIPT)}&#39;; connect-src &#39;self&#39; https://management.azure.com; object-src &#39;none&#39;">
    <title>Subscriptions - Microsoft Azure</title>
    <script>${INLINE_SCRIPT}</script>
    <script type="module" crossorigin src="${BASE_PLACEHOLDER}assets/index-abc123.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

export interface PortalFixture {
  dir: string;
  remove(): void;
}

export function writePortalFixture(): PortalFixture {
  const dir = mkdtempSync(join(tmpdir(), 'portal-fixture-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), FIXTURE_INDEX_HTML);
  writeFileSync(
    join(dir, 'assets/index-abc123.js'),
    `var base=\`${BASE_PLACEHOLDER}\`;var f=function(e){return\`${BASE_PLACEHOLDER}\`+e};`,
  );
  writeFileSync(
    join(dir, 'assets/index-abc123.css'),
    `a{background:url(${BASE_PLACEHOLDER}x.png)}`,
  );
  writeFileSync(join(dir, 'mock-worker.js'), "importScripts('./mockServiceWorker.js');");
  writeFileSync(join(dir, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
