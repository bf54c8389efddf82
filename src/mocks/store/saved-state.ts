import { z } from '@/contract/zod';
import type { World } from '@/domain/model';
import { WORLD_VERSION } from '@/domain/model';
import { hashString } from '@/domain/random';
import { buildScenario, isScenarioId } from '../scenarios/registry';
import { demoSettingsSchema, type DemoSettings } from './settings-schema';
import { applyWorldPatch, diffWorld, worldPatchSchema, type WorldPatch } from './world-patch';
import { isValidWorld } from './world-schema';

/** Bump when the saved layout or a scenario generator changes: older saved states are then replaced. */
export const STORE_VERSION = 1;

export interface SavedState {
  storeVersion: number;
  settings: DemoSettings;
  /** Hash of the scenario the patch applies to, so a changed generator is detected, not misapplied. */
  baseFingerprint: string;
  world: WorldPatch;
}

const savedStateSchema = z.object({
  storeVersion: z.literal(STORE_VERSION),
  settings: demoSettingsSchema,
  baseFingerprint: z.string(),
  world: worldPatchSchema,
});

export function fingerprint(world: World): string {
  return hashString(JSON.stringify(world)).toString(36);
}

/** `baseFingerprint` is passed in: hashing a 5,000-subscription scenario on every write would be wasteful. */
export function savedStateOf(
  base: World,
  baseFingerprint: string,
  world: World,
  settings: DemoSettings,
): SavedState {
  return { storeVersion: STORE_VERSION, settings, baseFingerprint, world: diffWorld(base, world) };
}

export function serializeState(
  base: World,
  baseFingerprint: string,
  world: World,
  settings: DemoSettings,
): string {
  return JSON.stringify(savedStateOf(base, baseFingerprint, world, settings));
}

export type LoadResult =
  | { kind: 'loaded'; base: World; baseFingerprint: string; world: World; settings: DemoSettings }
  | { kind: 'missing' }
  | { kind: 'rejected'; reason: string };

/** Parses and validates a saved state; anything doubtful is rejected with a reason the demo notice shows. */
export function parseSavedState(raw: string | null): LoadResult {
  if (raw === null) return { kind: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'rejected', reason: 'The saved demo state was corrupted (not valid JSON).' };
  }
  return validateSavedState(data, 'saved demo state');
}

/**
 * Validates a saved state already parsed from JSON: the same checks whether it comes from storage or
 * from a snapshot a client sends (`what` names it in the reason).
 */
export function validateSavedState(data: unknown, what: string): LoadResult {
  const version =
    typeof data === 'object' && data !== null
      ? (data as { storeVersion?: unknown }).storeVersion
      : undefined;
  if (typeof version === 'number' && version !== STORE_VERSION) {
    return {
      kind: 'rejected',
      reason: `The ${what} came from another version of the mock (store version ${version}, expected ${STORE_VERSION}).`,
    };
  }
  const parsed = savedStateSchema.safeParse(data);
  if (!parsed.success)
    return { kind: 'rejected', reason: `The ${what} was corrupted (unexpected shape).` };
  const { settings, baseFingerprint } = parsed.data;
  if (!isScenarioId(settings.scenario)) {
    return {
      kind: 'rejected',
      reason: `The ${what} names an unknown scenario '${settings.scenario}'.`,
    };
  }
  const base = buildScenario(settings.scenario, settings.scenarioLoadedAt);
  if (fingerprint(base) !== baseFingerprint) {
    return { kind: 'rejected', reason: `The ${what} was made with older scenario data.` };
  }
  // The patch's inner items are checked as part of the rebuilt world just below.
  const world = applyWorldPatch(base, parsed.data.world as WorldPatch);
  if (world.version !== WORLD_VERSION) {
    return {
      kind: 'rejected',
      reason: `The ${what} holds a world of an older format (version ${world.version}).`,
    };
  }
  if (!isValidWorld(world))
    return { kind: 'rejected', reason: `The ${what} was corrupted (invalid data).` };
  return { kind: 'loaded', base, baseFingerprint, world, settings };
}
