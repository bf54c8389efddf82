// The signed-in persona. The mock backend decides who that is (contract §2, `/__demo/persona`); the app
// learns it at start-up and whenever the Demo panel switches, and every ARM call carries it as a token.
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
