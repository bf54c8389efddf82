// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { launchNamesIdentity } from '@/app/launch-identity';
import { applyLaunchRequest, readLaunchParams, withoutLaunchParams } from '@/app/launch-params';
import { loadSavedLocale } from '@/lib/i18n/locale';
import { getPersonaId, setPersonaId } from '@/lib/session';
import { setStartupGate } from '@/lib/startup';

const MOCKED = { 'x-mock-answered-by': 'azure-portal-clone' };

beforeEach(() => {
  localStorage.clear();
  setPersonaId(null);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setStartupGate(null);
});

/** Answers every demo call as the mock would and records each as "path body", in order. */
function recordDemoCalls(): string[] {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push(`${new URL(url).pathname} ${String(init?.body)}`);
      return Response.json({}, { headers: MOCKED });
    }),
  );
  // Start-up calls never wait for start-up itself.
  setStartupGate(new Promise<void>(() => undefined));
  return calls;
}

describe('Launch parameters (contract §3)', () => {
  it('Launch parameters: only a scenario or persona with a value decides who is signed in', () => {
    expect(launchNamesIdentity('?scenario=empty')).toBe(true);
    expect(launchNamesIdentity('?as=owner&lang=zh-CN')).toBe(true);
    expect(launchNamesIdentity('?lang=zh-CN&q=prod')).toBe(false);
    expect(launchNamesIdentity('?scenario=&as=')).toBe(false);
    expect(launchNamesIdentity('')).toBe(false);
  });

  it('Launch parameters: read before the first render; the language applies at once, the token names the asked persona', () => {
    const request = readLaunchParams('?scenario=empty&as=owner&lang=zh-CN&q=prod');
    expect(request).toEqual({ scenario: 'empty', persona: 'owner' });
    expect(loadSavedLocale()).toBe('zh-CN');
    expect(getPersonaId()).toBe('owner');
  });

  it('Launch parameters: a scenario alone makes the signed-in persona unknown until the demo state says', () => {
    setPersonaId('reader');
    expect(readLaunchParams('?scenario=default')).toEqual({ scenario: 'default' });
    expect(getPersonaId()).toBeNull();
  });

  it('Launch parameters: without any, the saved state, settings and token stay as they were', () => {
    setPersonaId('reader');
    expect(readLaunchParams('?q=prod')).toEqual({});
    expect(getPersonaId()).toBe('reader');
  });

  it('Launch parameters: applied through the demo endpoints, scenario first, without waiting for start-up', async () => {
    const calls = recordDemoCalls();
    await applyLaunchRequest({ scenario: 'empty', persona: 'owner' });
    expect(calls).toEqual(['/__demo/reset {"scenario":"empty"}', '/__demo/persona {"id":"owner"}']);
  });

  it('Launch parameters: no persona call when the reset already signs in the asked persona', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push(`${new URL(url).pathname} ${String(init?.body)}`);
        // The demo state's signed-in persona, as the mock's reset answers it.
        const persona = {
          id: 'admin',
          displayName: 'Avery Howard',
          userPrincipalName: 'avery@contoso.com',
        };
        return Response.json({ persona }, { headers: MOCKED });
      }),
    );
    setStartupGate(new Promise<void>(() => undefined));
    await applyLaunchRequest({ scenario: 'default', persona: 'admin' });
    expect(calls).toEqual(['/__demo/reset {"scenario":"default"}']);
    await applyLaunchRequest({ scenario: 'default', persona: 'owner' });
    expect(calls.slice(1)).toEqual([
      '/__demo/reset {"scenario":"default"}',
      '/__demo/persona {"id":"owner"}',
    ]);
  });

  it('Demo moments: ?moment= loads the moment after the scenario and before the persona, and names who is signed in', async () => {
    expect(launchNamesIdentity('?moment=disabled')).toBe(true);
    expect(readLaunchParams('?moment=disabled&present=seed')).toEqual({ moment: 'disabled' });
    const calls = recordDemoCalls();
    await applyLaunchRequest({ scenario: 'default', moment: 'disabled', persona: 'owner' });
    expect(calls).toEqual([
      '/__demo/reset {"scenario":"default"}',
      '/__demo/moment {"id":"disabled"}',
      '/__demo/persona {"id":"owner"}',
    ]);
  });

  it('Demo moments: a damaged share link stops start-up with its reason and sends nothing', async () => {
    const fetch = vi.fn(async () => Response.json({}, { headers: MOCKED }));
    vi.stubGlobal('fetch', fetch);
    setStartupGate(new Promise<void>(() => undefined));
    await expect(applyLaunchRequest({ snapshot: 'not-deflate' })).rejects.toThrow(/damaged/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('Launch parameters: removed from the address, other parameters kept', () => {
    expect(withoutLaunchParams('?moment=deleted&snapshot=abc&present=seed')).toBe('?present=seed');
    expect(withoutLaunchParams('?scenario=empty&as=owner&lang=zh-CN&q=prod')).toBe('?q=prod');
    expect(withoutLaunchParams('?as=owner')).toBe('');
    expect(withoutLaunchParams('?q=prod')).toBeNull();
    expect(withoutLaunchParams('')).toBeNull();
  });
});
