import {
  DEMO_CLOCK_RANGE,
  DEMO_CLOCK_RANGE_TEXT,
  faultsRequestSchema,
  isInDemoClockRange,
} from '@/contract/demo';
import { z } from '@/contract/zod';
import type { World } from '@/domain/model';
import { WORLD_VERSION } from '@/domain/model';
import { hashString } from '@/domain/random';
import { buildScenario, isScenarioId } from '../scenarios/registry';
import { demoSettingsSchema, type DemoSettings } from './settings-schema';
import { applyWorldPatch, diffWorld, worldPatchSchema, type WorldPatch } from './world-patch';
import { quoteValue } from './world-schema';
import { worldProblems, type WorldLocator } from './world-validator';

/** Bump when the saved layout or a scenario generator changes: older saved states are then replaced. */
export const STORE_VERSION = 1;

export interface SavedState {
  storeVersion: number;
  settings: DemoSettings;
  /** Hash of the scenario the patch applies to, so a changed generator is detected, not misapplied. */
  baseFingerprint: string;
  world: WorldPatch;
}

const savedStateSchema = z.lazy(() =>
  z.object({
    storeVersion: z.literal(STORE_VERSION),
    settings: demoSettingsSchema,
    baseFingerprint: z.string(),
    world: worldPatchSchema,
  }),
);

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

function describePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : `${out}${out === '' ? '' : '.'}${String(key)}`,
    '',
  );
}

function issuesText(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${describePath(issue.path)}: ${issue.message}`)
    .join('; ');
}

/**
 * The patch's upserts are objects carrying their key, each key once, before the patch is applied
 * (applying trusts that much); everything else about them is the world validator's.
 */
function upsertsProblem(patch: WorldPatch): string | undefined {
  const keyed = [
    ['subscriptions', patch.subscriptions.upserts, 'subscriptionId'],
    ['resources', patch.resources.upserts, 'id'],
  ] as const;
  for (const [collection, upserts, key] of keyed) {
    const seen = new Set<unknown>();
    for (const [j, item] of (upserts as unknown[]).entries()) {
      const at = `world.${collection}.upserts[${j}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        return `${at}: must be an object (got ${quoteValue(item)})`;
      const value = (item as Record<string, unknown>)[key];
      if (typeof value !== 'string') return `${at}.${key}: must be a string`;
      if (seen.has(value)) return `${at}.${key}: '${quoteValue(value)}' is listed twice`;
      seen.add(value);
    }
  }
  return undefined;
}

/** Paths into the saved patch: a changed subscription is `world.subscriptions.upserts[j]`. */
function patchLocator(patch: WorldPatch): WorldLocator {
  const where = new Map<object, string>();
  for (const collection of ['subscriptions', 'resources'] as const)
    patch[collection].upserts.forEach((item, j) =>
      where.set(item, `world.${collection}.upserts[${j}]`),
    );
  return (collection, index, item) =>
    where.get(item) ?? `world.${collection} (the scenario's item ${index})`;
}

/**
 * The demo settings a saved state carries, held to the rules the demo endpoints hold them to:
 * the clock within its range, faults within `POST /__demo/faults`'s limits (its very schema).
 */
function settingsProblem(settings: DemoSettings): string | undefined {
  if (!isInDemoClockRange(settings.scenarioLoadedAt))
    return `scenarioLoadedAt: must be an instant within the clock's range, ${DEMO_CLOCK_RANGE_TEXT}`;
  if (Math.abs(settings.clockOffsetMs) > DEMO_CLOCK_RANGE.max - DEMO_CLOCK_RANGE.min)
    return `clockOffsetMs: must keep the simulated clock within its range, ${DEMO_CLOCK_RANGE_TEXT}`;
  const faults = faultsRequestSchema.safeParse({
    rules: settings.faults,
    latencyMs: settings.latencyOverrideMs,
  });
  if (!faults.success)
    // Named as the snapshot and the settings name them.
    return issuesText(
      faults.error.issues.map((issue) => ({
        ...issue,
        path: issue.path.map((key) =>
          key === 'rules' ? 'faults' : key === 'latencyMs' ? 'latencyOverrideMs' : key,
        ),
      })),
    );
  return undefined;
}

/**
 * Validates a saved state already parsed from JSON: the same checks whether it comes from storage or
 * from a snapshot a client sends (`what` names it in the reason). The world must be one the API
 * could have reached from its scenario (world-validator.ts): a refusal names the field's path.
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
    return {
      kind: 'rejected',
      reason: `The ${what} was corrupted (unexpected shape: ${issuesText(parsed.error.issues)}).`,
    };
  const { settings, baseFingerprint } = parsed.data;
  if (!isScenarioId(settings.scenario)) {
    return {
      kind: 'rejected',
      reason: `The ${what} names an unknown scenario '${settings.scenario.slice(0, 64)}'.`,
    };
  }
  const invalidSettings = settingsProblem(settings);
  if (invalidSettings !== undefined)
    return { kind: 'rejected', reason: `The ${what} is invalid: ${invalidSettings}.` };
  const base = buildScenario(settings.scenario, settings.scenarioLoadedAt);
  if (fingerprint(base) !== baseFingerprint) {
    return { kind: 'rejected', reason: `The ${what} was made with older scenario data.` };
  }
  const patch = parsed.data.world as WorldPatch;
  const badUpsert = upsertsProblem(patch);
  if (badUpsert !== undefined)
    return { kind: 'rejected', reason: `The ${what} is invalid: ${badUpsert}.` };
  const world = applyWorldPatch(base, patch);
  if (world.version !== WORLD_VERSION) {
    return {
      kind: 'rejected',
      reason: `The ${what} holds a world of an older format (version ${quoteValue(world.version)}).`,
    };
  }
  const problems = worldProblems(world, base, patchLocator(patch));
  if (problems.length > 0)
    return {
      kind: 'rejected',
      reason: `The ${what} holds a world the API could not have reached: ${problems.join('; ')}.`,
    };
  if (!world.personas.some((p) => p.id === settings.personaId))
    return {
      kind: 'rejected',
      reason: `The ${what} signs in persona '${settings.personaId.slice(0, 64)}', who is not one of its scenario's personas (${world.personas.map((p) => p.id).join(', ')}).`,
    };
  return { kind: 'loaded', base, baseFingerprint, world, settings };
}
