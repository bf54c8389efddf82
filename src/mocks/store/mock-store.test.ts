import { describe, expect, it } from 'vitest';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { LARGE_TENANT_SCENARIO_ID } from '../scenarios/large-tenant-scenario';
import { createMemoryStorage, type KeyValueStorage } from './key-value-storage';
import { createMockStore, STORAGE_KEY, StoreWriteError } from './mock-store';
import { STORE_VERSION } from './saved-state';

const T0 = Date.parse('2025-03-10T12:00:00Z');
const clock = (): number => T0;

function rename(storage: KeyValueStorage, name: string): void {
  const store = createMockStore({ storage, systemNow: clock });
  const world = store.world();
  store.commitWorld({
    ...world,
    subscriptions: world.subscriptions.map((s) =>
      s.subscriptionId === DEFAULT_IDS.production ? { ...s, displayName: name } : s,
    ),
  });
}

describe('mock store', () => {
  it('round-trips: a committed change and the settings survive a reload', () => {
    const storage = createMemoryStorage();
    rename(storage, 'Renamed');
    const first = createMockStore({ storage, systemNow: clock });
    first.updateSettings((s) => ({ ...s, clockOffsetMs: 42, personaId: 'owner' }));
    const reloaded = createMockStore({ storage, systemNow: clock });
    expect(reloaded.world().subscriptions[0]?.displayName).toBe('Renamed');
    expect(reloaded.settings()).toMatchObject({ clockOffsetMs: 42, personaId: 'owner' });
    expect(reloaded.now()).toBe(T0 + 42);
    expect(reloaded.settings().notice).toBeUndefined();
  });

  it('corrupted JSON is replaced by the scenario, with a state-reset notice', () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: '{"storeVersion":1,' });
    const store = createMockStore({ storage, systemNow: clock });
    expect(store.world().subscriptions).toHaveLength(7);
    expect(store.settings().notice).toMatchObject({ code: 'state-reset' });
    expect(store.settings().notice?.reason).toContain('corrupted');
    // The replacement is saved right away, so the next load is clean apart from the kept notice.
    expect(createMockStore({ storage, systemNow: clock }).world().subscriptions).toHaveLength(7);
  });

  it('an older store version is replaced by the scenario, with a notice naming it', () => {
    const storage = createMemoryStorage();
    rename(storage, 'Old data');
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, storeVersion: STORE_VERSION - 1 }));
    const store = createMockStore({ storage, systemNow: clock });
    expect(store.world().subscriptions[0]?.displayName).toBe('Contoso Production');
    expect(store.settings().notice?.reason).toContain(`store version ${STORE_VERSION - 1}`);
  });

  it('valid JSON with an invalid world (bad field) is rejected too', () => {
    const storage = createMemoryStorage();
    rename(storage, 'X');
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as {
      world: { subscriptions: { upserts: Record<string, unknown>[] } };
    };
    const first = saved.world.subscriptions.upserts[0];
    if (first !== undefined) first.offer = 'gold-plated';
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    const store = createMockStore({ storage, systemNow: clock });
    expect(store.settings().notice?.code).toBe('state-reset');
    expect(store.world().subscriptions[0]?.displayName).toBe('Contoso Production');
  });

  it('atomic write: when saving fails nothing changes, in memory or in storage', () => {
    const inner = createMemoryStorage();
    let failing = false;
    const storage: KeyValueStorage = {
      getItem: (k) => inner.getItem(k),
      removeItem: (k) => inner.removeItem(k),
      setItem: (k, v) => {
        if (failing) throw new Error('QuotaExceededError');
        inner.setItem(k, v);
      },
    };
    const store = createMockStore({ storage, systemNow: clock });
    const before = inner.getItem(STORAGE_KEY);
    failing = true;
    expect(() => store.commitWorld({ ...store.world(), subscriptions: [] })).toThrow(
      StoreWriteError,
    );
    expect(store.world().subscriptions).toHaveLength(7);
    expect(inner.getItem(STORAGE_KEY)).toBe(before);
  });

  it('tab sync: another tab’s save is adopted by reloadFromStorage and listeners hear it', () => {
    const storage = createMemoryStorage();
    const tabA = createMockStore({ storage, systemNow: clock });
    const tabB = createMockStore({ storage, systemNow: clock });
    let heard = 0;
    tabB.subscribe(() => (heard += 1));
    tabA.updateSettings((s) => ({ ...s, personaId: 'reader' }));
    expect(tabB.reloadFromStorage()).toBe(true);
    expect(tabB.settings().personaId).toBe('reader');
    expect(heard).toBe(1);
  });

  it('reset loads the scenario fresh at the current clock with default settings', () => {
    const store = createMockStore({ storage: createMemoryStorage(), systemNow: clock });
    store.updateSettings((s) => ({
      ...s,
      clockOffsetMs: 5_000,
      faults: [{ operation: '*', status: 500 }],
    }));
    store.reset('empty');
    expect(store.settings()).toMatchObject({
      scenario: 'empty',
      clockOffsetMs: 0,
      faults: [],
      scenarioLoadedAt: T0,
    });
    expect(store.world().subscriptions).toEqual([]);
  });

  it('large-tenant: the saved state stays small (only differences from the scenario are stored)', () => {
    const storage = createMemoryStorage();
    const store = createMockStore({
      storage,
      scenario: LARGE_TENANT_SCENARIO_ID,
      fresh: true,
      systemNow: clock,
    });
    const world = store.world();
    store.commitWorld({
      ...world,
      subscriptions: world.subscriptions.map((s, i) =>
        i < 10 ? { ...s, displayName: `Renamed ${i}` } : s,
      ),
    });
    const saved = storage.getItem(STORAGE_KEY) ?? '';
    expect(saved.length).toBeLessThan(20_000);
    const reloaded = createMockStore({ storage, systemNow: clock });
    expect(reloaded.world().subscriptions).toHaveLength(5_000);
    expect(reloaded.world().subscriptions[3]?.displayName).toBe('Renamed 3');
    expect(reloaded.world().subscriptions[10]?.displayName).not.toMatch(/^Renamed/);
  });
});
