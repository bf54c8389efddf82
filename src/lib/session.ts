import { useSyncExternalStore } from 'react';

// The signed-in persona. The mock backend decides who that is (contract §2, `/__demo/persona`); the app
// learns it from the demo state and whenever the Demo panel switches, and every ARM call carries it as
// a token. Like the portal's token cache, the tab keeps it (sessionStorage) so that after a reload the
// blades' first reads need not wait for the demo state; if that names someone else, the demo-state
// read drops what was read with the old token (`queries/demo-state.ts`).
const STORAGE_KEY = 'azclone.session.v1';
const listeners = new Set<() => void>();

function readSaved(): string | null {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    // Anything but a short id is not ours (or corrupted): ignore it, the demo state will say.
    return saved !== null && saved.length > 0 && saved.length <= 200 ? saved : null;
  } catch {
    return null; // No sessionStorage (Node, or storage blocked): the demo state will say.
  }
}

let personaId: string | null = readSaved();

export function getPersonaId(): string | null {
  return personaId;
}

export function setPersonaId(id: string | null): void {
  if (id === personaId) return;
  personaId = id;
  try {
    if (id === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Not kept across reloads; the demo state is read again then.
  }
  listeners.forEach((listener) => listener());
}

export function onPersonaChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The persona every ARM call signs as, or null while it is not known yet. */
export function usePersonaId(): string | null {
  return useSyncExternalStore(onPersonaChange, getPersonaId, getPersonaId);
}
