import { z } from '@/contract/zod';
import type { StoredResource } from '@/domain/stored-resources';
import type { StoredSubscription, World } from '@/domain/model';

// The 5,000-subscription scenario is ~2 MB as JSON, too much for localStorage. A scenario is a
// pure function of (id, load time), so the saved state holds only what differs from it: changed
// or added subscriptions and resources, removed ids, and the small arrays whole.

interface Keyed<T> {
  upserts: T[];
  removed: string[];
}

export interface WorldPatch {
  version: number;
  scenario: string;
  personas: World['personas'];
  subscriptions: Keyed<StoredSubscription>;
  resources: Keyed<StoredResource>;
  tickets: World['tickets'];
  moves?: World['moves'];
}

/** Structure only; the rebuilt World is validated by worldSchema afterwards. */
export const worldPatchSchema = z.lazy(() =>
  z.object({
    version: z.int(),
    scenario: z.string(),
    personas: z.array(z.unknown()),
    subscriptions: z.object({ upserts: z.array(z.unknown()), removed: z.array(z.string()) }),
    resources: z.object({ upserts: z.array(z.unknown()), removed: z.array(z.string()) }),
    tickets: z.array(z.unknown()),
    moves: z.optional(z.array(z.unknown())),
  }),
);

function diffKeyed<T>(base: readonly T[], next: readonly T[], key: (item: T) => string): Keyed<T> {
  const baseByKey = new Map(base.map((item) => [key(item), item]));
  const nextKeys = new Set<string>();
  const upserts: T[] = [];
  for (const item of next) {
    const k = key(item);
    nextKeys.add(k);
    const before = baseByKey.get(k);
    // Commands share unchanged objects with the previous world, so identity settles most rows cheaply.
    if (before === item) continue;
    if (before !== undefined && JSON.stringify(before) === JSON.stringify(item)) continue;
    upserts.push(item);
  }
  const removed = [...baseByKey.keys()].filter((k) => !nextKeys.has(k));
  return { upserts, removed };
}

function applyKeyed<T>(base: readonly T[], patch: Keyed<T>, key: (item: T) => string): T[] {
  const removed = new Set(patch.removed);
  const upserts = new Map(patch.upserts.map((item) => [key(item), item]));
  const baseKeys = new Set(base.map(key));
  // Items whose key the scenario does not have, in the order they were saved. A moved resource gets
  // a new id (as in ARM) but keeps its place in the world's list, so each takes the place of a
  // removed item first, in order; any left over follow. The world then comes back in the order it
  // was saved in, and a snapshot round-trips unchanged.
  const added = [...upserts.values()].filter((item) => !baseKeys.has(key(item)));
  let nextAdded = 0;
  const out: T[] = [];
  for (const item of base) {
    const k = key(item);
    if (removed.has(k)) {
      const filler = added[nextAdded];
      if (filler !== undefined) out.push(filler);
      nextAdded += 1;
      continue;
    }
    out.push(upserts.get(k) ?? item);
  }
  out.push(...added.slice(nextAdded));
  return out;
}

const subscriptionKey = (s: StoredSubscription): string => s.subscriptionId;
const resourceKey = (r: StoredResource): string => r.id;

export function diffWorld(base: World, next: World): WorldPatch {
  const patch: WorldPatch = {
    version: next.version,
    scenario: next.scenario,
    personas: next.personas,
    subscriptions: diffKeyed(base.subscriptions, next.subscriptions, subscriptionKey),
    resources: diffKeyed(base.resources, next.resources, resourceKey),
    tickets: next.tickets,
  };
  if (next.moves !== undefined) patch.moves = next.moves;
  return patch;
}

export function applyWorldPatch(base: World, patch: WorldPatch): World {
  const world: World = {
    version: patch.version,
    scenario: patch.scenario,
    personas: patch.personas,
    subscriptions: applyKeyed(base.subscriptions, patch.subscriptions, subscriptionKey),
    resources: applyKeyed(base.resources, patch.resources, resourceKey),
    tickets: patch.tickets,
  };
  if (patch.moves !== undefined) world.moves = patch.moves;
  return world;
}
