import {
  DEMO_SNAPSHOT_FORMAT,
  DEMO_SNAPSHOT_VERSION,
  demoSnapshotSchema,
  DEMO_CLOCK_RANGE_TEXT,
  isInDemoClockRange,
  type DemoSnapshot,
} from '@/contract/demo';
import { toIso } from '@/domain/time';
import { describeIssues } from '../handlers/arm-response';
import type { MockStore } from '../store/mock-store';
import type { SavedState } from '../store/saved-state';

// A snapshot is the store's saved state (contract §8) with readable names and a format tag: the
// same layout the browser keeps in localStorage, so a PUT is checked by the very code that checks
// a saved state on load, and nothing a snapshot restores has escaped that check: the world must be
// one the API could have reached (store/world-validator.ts), its faults within `POST
// /__demo/faults`'s limits (the same schema), and a refusal names the field's path.

export function takeSnapshot(store: MockStore): DemoSnapshot {
  const saved = store.savedState();
  const { settings } = saved;
  return {
    format: DEMO_SNAPSHOT_FORMAT,
    version: DEMO_SNAPSHOT_VERSION,
    takenAt: toIso(store.now()),
    scenario: settings.scenario,
    scenarioLoadedAt: settings.scenarioLoadedAt,
    clockOffsetMs: settings.clockOffsetMs,
    persona: settings.personaId,
    faults: settings.faults,
    latencyOverrideMs: settings.latencyOverrideMs,
    storeVersion: saved.storeVersion,
    baseFingerprint: saved.baseFingerprint,
    world: saved.world as unknown as Record<string, unknown>,
  };
}

/** Replaces the store's whole state with the document, or says why not (and changes nothing). */
export function restoreSnapshot(
  store: MockStore,
  document: unknown,
): { ok: true } | { ok: false; reason: string } {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, reason: 'A snapshot is a JSON object.' };
  }
  const { format, version } = document as Record<string, unknown>;
  if (format !== DEMO_SNAPSHOT_FORMAT) {
    return { ok: false, reason: `format must be '${DEMO_SNAPSHOT_FORMAT}'.` };
  }
  if (version !== DEMO_SNAPSHOT_VERSION) {
    return {
      ok: false,
      reason: `Snapshot version ${JSON.stringify(version)} is not supported; this mock reads version ${DEMO_SNAPSHOT_VERSION}.`,
    };
  }
  const parsed = demoSnapshotSchema.safeParse(document);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  const snapshot = parsed.data;
  const now = store.systemNow() + snapshot.clockOffsetMs;
  if (!isInDemoClockRange(now)) {
    return {
      ok: false,
      reason: `clockOffsetMs puts the simulated clock outside the supported range, ${DEMO_CLOCK_RANGE_TEXT}.`,
    };
  }
  const saved: SavedState = {
    storeVersion: snapshot.storeVersion,
    settings: {
      scenario: snapshot.scenario,
      scenarioLoadedAt: snapshot.scenarioLoadedAt,
      clockOffsetMs: snapshot.clockOffsetMs,
      personaId: snapshot.persona,
      faults: snapshot.faults,
      latencyOverrideMs: snapshot.latencyOverrideMs,
    },
    baseFingerprint: snapshot.baseFingerprint,
    world: snapshot.world as unknown as SavedState['world'],
  };
  return store.restore(saved);
}
