// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { subscriptionsMessages } from '@/features/subscriptions/messages';
import { saveLocale } from '@/lib/i18n/locale';
import { BOOT_FRAME, BOOT_TITLES, bootTitleScript } from './boot-frame';

/** Loads the frame at `url` (a path under `base`) and runs its title script as the parser would. */
function frameAt(url: string, base = '/'): HTMLElement {
  window.history.replaceState(null, '', url);
  document.body.innerHTML = `<div id="root">${BOOT_FRAME}</div>`;
  new Function(bootTitleScript(base))();
  return document.getElementById('boot-title')!;
}

afterEach(() => localStorage.clear());

describe('the frame painted before the JavaScript', () => {
  it('names the Subscriptions blade as the blade itself does, in both languages', () => {
    expect(BOOT_TITLES.subscriptions).toEqual({
      'en-US': subscriptionsMessages['en-US'].title,
      'zh-CN': subscriptionsMessages['zh-CN'].title,
    });
  });

  it('names the blade in the saved language, or the ?lang= one the portal will apply', () => {
    expect(frameAt('/subscriptions').textContent).toBe('Subscriptions');
    saveLocale('zh-CN');
    expect(frameAt('/subscriptions/').textContent).toBe('订阅');
    expect(frameAt('/subscriptions?lang=en-US').textContent).toBe('Subscriptions');
    localStorage.clear();
    expect(frameAt('/subscriptions?lang=zh-CN').className).toBe('boot-title');
    expect(frameAt('/subscriptions?lang=zh-CN').textContent).toBe('订阅');
  });

  it('under a base path too, and a grey title where the name needs data', () => {
    expect(frameAt('/portal/subscriptions', '/portal/').textContent).toBe('Subscriptions');
    const overview = frameAt('/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601');
    expect(overview.textContent).toBe('');
    expect(overview.className).toContain('boot-grey');
  });

  it('falls back to English on unreadable settings, as the portal does', () => {
    localStorage.setItem('azclone.settings.v1', '{not json');
    expect(frameAt('/subscriptions').textContent).toBe('Subscriptions');
  });

  it('is hidden from assistive technology and is not the main landmark', () => {
    document.body.innerHTML = `<div id="root">${BOOT_FRAME}</div>`;
    expect(document.querySelector('.boot')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('main, [role="main"]')).toBeNull();
  });
});
