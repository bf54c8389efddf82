import { createHash } from 'node:crypto';

// The package ships one build of the portal, made for a placeholder base path (scripts/package), and
// the command serves it under any base: the placeholder is replaced in every text asset at start-up.
// index.html then needs its Content-Security-Policy brought in line: the inline script (the early
// worker registration, vite.config.ts) names the base, so its hash changes with it; and in a shared
// world the page may also connect to the API server.

/** The base path the package's portal is built for; never a path anyone would choose. */
export const BASE_PLACEHOLDER = '/__AZSUB_BASE__/';

/** Files whose text may carry the base path: the page, its scripts, styles and the service worker. */
const TEXT_ASSET = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;

export function isTextAsset(path: string): boolean {
  return TEXT_ASSET.test(path);
}

/** `text` served under `base` (`/` or `/portal/`) instead of the placeholder. */
export function withBase(text: string, base: string): string {
  return text.replaceAll(BASE_PLACEHOLDER, base);
}

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
/** Inline scripts only: a `<script>` with no attributes (those with `src` are allowed by 'self'). */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

function decodeAttribute(value: string): string {
  return value.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function encodeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Applies `change` to the policy's directives (name → sources); the policy must be there. */
function editPolicy(html: string, change: (directives: Map<string, string[]>) => void): string {
  const match = CSP_META.exec(html);
  if (match === null) throw new Error('index.html has no Content-Security-Policy <meta>');
  const directives = new Map<string, string[]>();
  for (const directive of decodeAttribute(match[2] as string).split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  change(directives);
  const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  return html.replace(CSP_META, (_all, open: string, _old: string, close: string) =>
    [open, encodeAttribute(policy), close].join(''),
  );
}

/** The policy's script hashes, recomputed from the inline scripts the page has now. */
export function withInlineScriptHashes(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, script]) =>
      `'sha256-${createHash('sha256')
        .update(script as string)
        .digest('base64')}'`,
  );
  return editPolicy(html, (directives) => {
    const kept = (directives.get('script-src') ?? []).filter(
      (source) => !source.startsWith("'sha256-"),
    );
    directives.set('script-src', [...kept, ...hashes]);
  });
}

/** index.html of a build made for the placeholder, served under `base`. */
export function indexHtmlFor(html: string, base: string): string {
  if (!html.includes(BASE_PLACEHOLDER)) {
    throw new Error(`index.html was not built for the base placeholder ${BASE_PLACEHOLDER}`);
  }
  return withInlineScriptHashes(withBase(html, base));
}

/**
 * The page in a shared world: a <meta> names the API server the in-page mock forwards to
 * (src/mocks/shared-world.ts), and the policy lets the page connect to it.
 */
export function withSharedWorld(html: string, metaName: string, apiOrigin: string): string {
  const origin = new URL(apiOrigin).origin;
  const withPolicy = editPolicy(html, (directives) => {
    const sources = directives.get('connect-src') ?? ["'self'"];
    if (!sources.includes(origin)) directives.set('connect-src', [...sources, origin]);
  });
  if (!withPolicy.includes('</head>')) throw new Error('index.html has no </head>');
  const meta = `<meta name="${metaName}" content="${encodeAttribute(origin)}" />`;
  return withPolicy.replace('</head>', `  ${meta}\n  </head>`);
}
