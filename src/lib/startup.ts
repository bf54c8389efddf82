import { useSyncExternalStore } from 'react';

// The app renders while the mock backend starts (its worker installs, the address's scenario and
// persona are applied). Until then every call waits (`api-client.ts`) and the shell keeps its blade
// area busy, so that a visible `main` still means the mock answers, as test suites expect.
let gate: Promise<void> | null = null;
let started = true;
const listeners = new Set<() => void>();

/** `null`: nothing to wait for. A gate that fails fails every waiting call with its error. */
export function setStartupGate(next: Promise<void> | null): void {
  gate = next;
  started = next === null;
  listeners.forEach((listener) => listener());
  next?.then(
    () => {
      if (gate !== next) return;
      started = true;
      listeners.forEach((listener) => listener());
    },
    () => undefined,
  );
}

/** Resolves when start-up is over (at once when there is none). */
export function whenStarted(): Promise<void> {
  return gate ?? Promise.resolve();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isStarted = (): boolean => started;

/** True once the mock answers and the launch parameters are applied. */
export function useStarted(): boolean {
  return useSyncExternalStore(subscribe, isStarted, isStarted);
}
