import { describe, expect, it } from 'vitest';
import { Cookie, CookieJar, MemoryCookieStore } from './lite-cookie-jar';

describe('Performance: the browser mock’s cookie jar (tough-cookie’s API, without the suffix list)', () => {
  it('sends a cookie set by a mocked response back to matching URLs only', async () => {
    const jar = new CookieJar(new MemoryCookieStore());
    await jar.setCookie('session=abc; Path=/api; HttpOnly', 'https://portal.test/api/login');
    expect(jar.getCookiesSync('https://portal.test/api/items').map(String)).toEqual([
      'session=abc',
    ]);
    expect(jar.getCookiesSync('https://portal.test/apix')).toEqual([]);
    expect(jar.getCookiesSync('https://other.test/api/items')).toEqual([]);
  });

  it('replaces a cookie by name and removes it with Max-Age=0', async () => {
    const jar = new CookieJar();
    await jar.setCookie('theme=light; Path=/', 'https://portal.test/');
    await jar.setCookie('theme=dark; Path=/', 'https://portal.test/');
    expect(jar.getCookiesSync('https://portal.test/x').map(String)).toEqual(['theme=dark']);
    await jar.setCookie('theme=; Path=/; Max-Age=0', 'https://portal.test/');
    expect(jar.getCookiesSync('https://portal.test/x')).toEqual([]);
  });

  it('matches a Domain cookie on subdomains and survives a JSON round trip (MSW persists it)', async () => {
    const store = new MemoryCookieStore();
    const jar = new CookieJar(store);
    await jar.setCookie('id=7; Domain=.portal.test; Path=/', 'https://portal.test/');
    expect(jar.getCookiesSync('https://api.portal.test/').map(String)).toEqual(['id=7']);
    const saved = JSON.parse(JSON.stringify(store.idx['portal.test']?.['/']?.id)) as unknown;
    expect(Cookie.fromJSON(saved)?.toJSON()).toMatchObject({ key: 'id', value: '7', path: '/' });
    expect(Cookie.fromJSON('not json')).toBeUndefined();
  });
});
