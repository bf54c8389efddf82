// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installRoutePrefetch } from '@/app/route-prefetch';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  document.body.replaceChildren();
});

function link(href: string, text = 'link'): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  const inner = document.createElement('span');
  inner.textContent = text;
  anchor.append(inner);
  document.body.append(anchor);
  return anchor;
}

const hover = (element: Element): void => {
  element.dispatchEvent(new Event('pointerover', { bubbles: true }));
};

describe('Prefetch on intent: a blade opens without waiting for its code', () => {
  it('starts the blade of a hovered or focused link, once per address', () => {
    const preload = vi.fn();
    uninstall = installRoutePrefetch(preload);
    const overview = link('/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601');
    hover(overview.firstElementChild!);
    hover(overview);
    expect(preload).toHaveBeenCalledTimes(1);
    expect(preload).toHaveBeenCalledWith('/subscriptions/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601');
    link('/support').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(preload).toHaveBeenLastCalledWith('/support');
  });

  it('leaves other sites, downloads and what is not a link alone', () => {
    const preload = vi.fn();
    uninstall = installRoutePrefetch(preload);
    hover(link('https://learn.microsoft.com/azure/cost-management-billing/'));
    const download = link('/export.csv');
    download.setAttribute('download', '');
    hover(download);
    const text = document.createElement('p');
    document.body.append(text);
    hover(text);
    expect(preload).not.toHaveBeenCalled();
  });
});
