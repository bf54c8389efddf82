import { describe, expect, it, vi } from 'vitest';

async function freshSession() {
  vi.resetModules();
  return import('@/lib/session');
}

describe('Session: the signed-in persona', () => {
  it('Session: a new page knows no persona until start-up names one (the mock, or ?as=)', async () => {
    const first = await freshSession();
    first.setPersonaId('owner');
    expect(first.getPersonaId()).toBe('owner');
    // A reload: nothing kept from before, so no token can name someone switched out since.
    expect((await freshSession()).getPersonaId()).toBeNull();
  });

  it('Session: listeners hear a change of persona once, not a repeat of the same one', async () => {
    const session = await freshSession();
    const heard = vi.fn();
    const off = session.onPersonaChange(heard);
    session.setPersonaId('reader');
    session.setPersonaId('reader');
    off();
    session.setPersonaId('owner');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
