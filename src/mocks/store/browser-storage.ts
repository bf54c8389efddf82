import { createMemoryStorage, type KeyValueStorage } from './key-value-storage';

/**
 * `localStorage` when the browser allows it; otherwise (storage disabled, some private modes) an
 * in-memory stand-in, so the portal still works and only loses state on reload.
 */
export function browserStorage(): KeyValueStorage {
  try {
    const probe = '__mock-storage-probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return createMemoryStorage();
  }
}
