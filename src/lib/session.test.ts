// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'azclone.session.v1';

async function reloadedSession() {
  vi.resetModules();
  return import('@/lib/session');
}

beforeEach(() => sessionStorage.clear());

describe('Session: the tab keeps its token across reloads', () => {
  it('Session: the signed-in persona survives a reload of the tab, and signing out forgets it', async () => {
    const first = await reloadedSession();
    expect(first.getPersonaId()).toBeNull();
    first.setPersonaId('owner');
    const second = await reloadedSession();
    expect(second.getPersonaId()).toBe('owner');
    second.setPersonaId(null);
    expect((await reloadedSession()).getPersonaId()).toBeNull();
  });

  it('Session: a saved value that is not an id is ignored (the demo state decides)', async () => {
    sessionStorage.setItem(KEY, 'x'.repeat(500));
    expect((await reloadedSession()).getPersonaId()).toBeNull();
    sessionStorage.setItem(KEY, '');
    expect((await reloadedSession()).getPersonaId()).toBeNull();
  });

  it('Session: listeners hear a change of persona once, not a repeat of the same one', async () => {
    const session = await reloadedSession();
    const heard = vi.fn();
    const off = session.onPersonaChange(heard);
    session.setPersonaId('reader');
    session.setPersonaId('reader');
    off();
    session.setPersonaId('owner');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
