import { useSyncExternalStore } from 'react';

// The signed-in persona. The mock backend decides who that is (contract §2, `/__demo/persona`); the app
// learns it at start-up from the mock's saved state (`src/app/main.tsx`) or from the address
// (`?as=`, `launch-params.ts`), then from every demo-state read and whenever the Demo panel switches,
// and every ARM call carries it as a token. It is not kept across reloads: the mock's saved state
// names the persona at once, and a kept token could name someone switched out since.
let personaId: string | null = null;
const listeners = new Set<() => void>();

export function getPersonaId(): string | null {
  return personaId;
}

export function setPersonaId(id: string | null): void {
  if (id === personaId) return;
  personaId = id;
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
