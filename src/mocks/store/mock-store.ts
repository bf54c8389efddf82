import type { EpochMs, World } from '@/domain/model';
import type { DemoNotice } from '@/contract/demo';
import { DEFAULT_PERSONA_ID } from '../scenarios/personas';
import { buildScenario, isScenarioId } from '../scenarios/registry';
import type { KeyValueStorage } from './key-value-storage';
import {
  fingerprint,
  parseSavedState,
  savedStateOf,
  serializeState,
  STORE_VERSION,
  validateSavedState,
  type SavedState,
} from './saved-state';
import type { DemoSettings } from './settings-schema';

export const STORAGE_KEY = 'azure-portal-clone:mock-state';

/** Thrown when a change cannot be saved (e.g. storage quota): the change is then not applied at all. */
export class StoreWriteError extends Error {
  constructor(cause: unknown) {
    super(
      `The mock could not save its state: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'StoreWriteError';
  }
}

export interface MockStore {
  readonly storeVersion: number;
  world(): World;
  settings(): DemoSettings;
  /** The mock's clock: the system clock (moved by Playwright's page.clock) plus the demo offset. */
  now(): EpochMs;
  /** Replaces the whole world, saved first: either both memory and storage change or neither does. */
  commitWorld(next: World): void;
  updateSettings(change: (current: DemoSettings) => DemoSettings): void;
  /**
   * Loads a scenario fresh at the system clock, with default settings (offset 0, no faults, persona
   * admin). `shape` changes the fresh world before it is saved (a demo moment), in the same write.
   */
  reset(scenario: string, shape?: (world: World, loadedAt: EpochMs) => World): void;
  /** The clock without the demo offset. */
  systemNow(): EpochMs;
  /** Everything the mock holds, in its saved layout (the world as changes from its scenario). */
  savedState(): SavedState;
  /**
   * Replaces everything with a saved state sent by a client (a snapshot), validated exactly as on
   * load. When it is refused, or cannot be saved, nothing changes.
   */
  restore(data: unknown): { ok: true } | { ok: false; reason: string };
  /** Another tab saved: adopt its state. Returns false when nothing valid was found. */
  reloadFromStorage(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface MockStoreOptions {
  storage: KeyValueStorage;
  storageKey?: string;
  /** Scenario used when nothing valid is saved, or always when `fresh`. */
  scenario?: string;
  /** Ignore any saved state and load `scenario` fresh (Node tests, the HTTP server, `?scenario=`). */
  fresh?: boolean;
  systemNow?: () => EpochMs;
}

interface State {
  base: World;
  baseFingerprint: string;
  world: World;
  settings: DemoSettings;
}

function freshState(
  scenario: string,
  loadedAt: EpochMs,
  notice?: DemoNotice,
  shape?: (world: World, loadedAt: EpochMs) => World,
): State {
  const base = buildScenario(scenario, loadedAt);
  const settings: DemoSettings = {
    scenario,
    scenarioLoadedAt: loadedAt,
    clockOffsetMs: 0,
    personaId: base.personas[0]?.id ?? DEFAULT_PERSONA_ID,
    faults: [],
    latencyOverrideMs: null,
  };
  if (notice !== undefined) settings.notice = notice;
  const world = shape === undefined ? base : shape(base, loadedAt);
  return { base, baseFingerprint: fingerprint(base), world, settings };
}

export function createMockStore(options: MockStoreOptions): MockStore {
  const { storage } = options;
  const key = options.storageKey ?? STORAGE_KEY;
  const systemNow = options.systemNow ?? (() => Date.now());
  const initialScenario = options.scenario ?? 'default';
  if (!isScenarioId(initialScenario)) throw new Error(`Unknown scenario '${initialScenario}'`);
  const listeners = new Set<() => void>();

  function write(next: State): void {
    try {
      storage.setItem(
        key,
        serializeState(next.base, next.baseFingerprint, next.world, next.settings),
      );
    } catch (error) {
      throw new StoreWriteError(error);
    }
    state = next;
    for (const listener of listeners) listener();
  }

  function initialState(): State {
    if (options.fresh === true) return freshState(initialScenario, systemNow());
    const loaded = parseSavedState(storage.getItem(key));
    if (loaded.kind === 'loaded') return loaded;
    if (loaded.kind === 'missing') return freshState(initialScenario, systemNow());
    return freshState(initialScenario, systemNow(), { code: 'state-reset', reason: loaded.reason });
  }

  let state = initialState();
  // Save right away so a replaced (corrupted or older) state is not met again on the next load.
  write(state);

  return {
    storeVersion: STORE_VERSION,
    world: () => state.world,
    settings: () => state.settings,
    now: () => systemNow() + state.settings.clockOffsetMs,
    commitWorld(next) {
      write({ ...state, world: next });
    },
    updateSettings(change) {
      write({ ...state, settings: change(state.settings) });
    },
    reset(scenario, shape) {
      if (!isScenarioId(scenario)) throw new Error(`Unknown scenario '${scenario}'`);
      // The demo offset goes back to 0 with everything else, so the scenario is built at the system clock.
      write(freshState(scenario, systemNow(), undefined, shape));
    },
    systemNow,
    savedState: () => savedStateOf(state.base, state.baseFingerprint, state.world, state.settings),
    restore(data) {
      const loaded = validateSavedState(data, 'snapshot');
      if (loaded.kind !== 'loaded')
        return {
          ok: false,
          reason: loaded.kind === 'missing' ? 'The snapshot is empty.' : loaded.reason,
        };
      const { personaId } = loaded.settings;
      if (!loaded.world.personas.some((p) => p.id === personaId)) {
        return {
          ok: false,
          reason: `The snapshot signs in persona '${personaId}', who is not in its world.`,
        };
      }
      // A notice is about this browser's storage, not part of what a snapshot carries.
      const { notice: _notice, ...settings } = loaded.settings;
      write({
        base: loaded.base,
        baseFingerprint: loaded.baseFingerprint,
        world: loaded.world,
        settings,
      });
      return { ok: true };
    },
    reloadFromStorage() {
      const loaded = parseSavedState(storage.getItem(key));
      if (loaded.kind !== 'loaded') return false;
      state = loaded;
      for (const listener of listeners) listener();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
