import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BASE_PLACEHOLDER, indexHtmlFor, withSharedWorld } from './portal-html';
import { FIXTURE_INDEX_HTML, INLINE_SCRIPT } from './testing/portal-fixture';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy as the browser reads it. */
function policyOf(html: string): string {
  const content = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (content === undefined) throw new Error('no policy');
  return content.replaceAll('&#39;', "'");
}

describe('Package command: index.html', () => {
  it('Package: the base replaces the placeholder, and the policy allows the rewritten inline script by its new hash', () => {
    const html = indexHtmlFor(FIXTURE_INDEX_HTML, '/portal/');
    expect(html).not.toContain(BASE_PLACEHOLDER);
    expect(html).toContain(
      '<script type="module" crossorigin src="/portal/assets/index-abc123.js">',
    );
    const script = INLINE_SCRIPT.replaceAll(BASE_PLACEHOLDER, '/portal/');
    expect(html).toContain(`<script>${script}</script>`);
    const policy = policyOf(html);
    expect(policy).toContain(`script-src 'self' ${hash(script)}`);
    // The placeholder's hash is gone: one hash per inline script, no more.
    expect(policy).not.toContain(hash(INLINE_SCRIPT));
    expect(policy.match(/'sha256-/g)).toHaveLength(1);
    // The rest of the policy is untouched.
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${hash(script)}; connect-src 'self' https://management.azure.com; object-src 'none'`,
    );
  });

  it('Package: under / the page is the build for / (same hash as a build made for it)', () => {
    const html = indexHtmlFor(FIXTURE_INDEX_HTML, '/');
    const script = INLINE_SCRIPT.replaceAll(BASE_PLACEHOLDER, '/');
    expect(script).toContain('register("/mock-worker.js", { scope: "/" })');
    expect(policyOf(html)).toContain(hash(script));
  });

  it('Package: an index.html not built for the placeholder is refused, not served broken', () => {
    expect(() => indexHtmlFor('<html></html>', '/')).toThrow(
      'was not built for the base placeholder',
    );
  });

  it('Shared world: the page names the API server in a <meta> and may connect to it', () => {
    const html = withSharedWorld(
      indexHtmlFor(FIXTURE_INDEX_HTML, '/'),
      'azure-subscriptions-clone:api',
      'http://127.0.0.1:4010/',
    );
    expect(html).toContain(
      '<meta name="azure-subscriptions-clone:api" content="http://127.0.0.1:4010" />',
    );
    expect(policyOf(html)).toContain(
      "connect-src 'self' https://management.azure.com http://127.0.0.1:4010;",
    );
  });
});
