import { describe, expect, it, vi } from 'vitest';
import { chooseBrowser, systemChromium, type BrowserProbe } from './chromium';

const OWN = '/home/user/.cache/ms-playwright/chromium/chrome';

function probe(present: string[], installs: boolean): BrowserProbe & { installed: () => number } {
  const files = new Set(present);
  let tries = 0;
  return {
    exists: (path) => files.has(path),
    playwrightPath: () => OWN,
    install: () => {
      tries += 1;
      if (installs) files.add(OWN);
      return installs;
    },
    installed: () => tries,
  };
}

describe('Two commands: npm test finds a browser by itself', () => {
  it('Two commands: a system Chromium comes first, CHROMIUM_PATH before the usual places', () => {
    expect(chooseBrowser(probe(['/usr/bin/chromium', OWN], false), {})).toEqual({
      kind: 'system',
      path: '/usr/bin/chromium',
    });
    expect(systemChromium((p) => p === '/opt/chrome', { CHROMIUM_PATH: '/opt/chrome' })).toBe(
      '/opt/chrome',
    );
  });

  it('Two commands: without one, Playwright’s own browser, installed once if missing', () => {
    const installed = probe([OWN], false);
    expect(chooseBrowser(installed, {})).toEqual({ kind: 'playwright', path: OWN });
    expect(installed.installed()).toBe(0);
    const missing = probe([], true);
    expect(chooseBrowser(missing, {})).toEqual({ kind: 'playwright', path: OWN });
    expect(missing.installed()).toBe(1);
  });

  it('Two commands: when neither way works, the choice is none (npm test stops with one line)', () => {
    const offline = probe([], false);
    const install = vi.spyOn(offline, 'install');
    expect(chooseBrowser(offline, {})).toEqual({ kind: 'none' });
    expect(install).toHaveBeenCalledTimes(1);
  });
});
