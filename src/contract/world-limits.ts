import { DEMO_CLOCK_RANGE } from './demo';
import { MAX_SUPPORT_TICKETS } from './support';

// The documented maxima of a demo world (docs/contract.md §9): what a snapshot (`PUT
// /__demo/snapshot`) or a saved state may hold. Each is far above what the built-in scenarios and
// a day of demos reach (`large-tenant` has 5,000 subscriptions and 100 resources), and low enough
// that no world can hold much memory or make a read slow.

const DAY_MS = 24 * 60 * 60 * 1000;

export const WORLD_LIMITS = {
  subscriptions: 10_000,
  resources: 10_000,
  /** The API refuses the next request once a world holds this many (contract/support.ts). */
  supportTickets: MAX_SUPPORT_TICKETS,
  moves: 1_000,
  /** ARM's own limit of resources in one move request. */
  resourcesPerMove: 800,
  cancellationsPerSubscription: 1_000,
  /** Azure's own limit of resource groups in a subscription. */
  resourceGroupsPerSubscription: 980,
  containersPerStorageAccount: 1_000,
  imagesPerVirtualMachine: 1_000,
  /** Azure's own tag limits: 50 tags per resource or subscription, names 512, values 256 characters. */
  tags: 50,
  tagNameLength: 512,
  tagValueLength: 256,
  /** Names, ids and other short strings the API writes (a resource id, a location, a persona's name). */
  shortTextLength: 1_024,
  /** Money per hour or left as credit: finite, not negative, and at most this (in the offer's currency). */
  amount: 1_000_000,
} as const;

/** A scenario's history starts at most this long before it is loaded (its oldest subscription). */
export const SCENARIO_HISTORY_MS = 10 * 365 * DAY_MS;

/** The support desk answers this long after a request (R11, R13): its answer may lie ahead of the clock. */
const SCHEDULED_AHEAD_MS = 60 * 60 * 1000;

/**
 * Every instant a world stores: what the API writes happens at the simulated clock (or, for the
 * support desk's answer, an hour after it), so within the clock's range; a scenario's history starts
 * up to ten years before the scenario is loaded, itself within the clock's range.
 */
export const WORLD_INSTANT_RANGE = {
  min: DEMO_CLOCK_RANGE.min - SCENARIO_HISTORY_MS,
  max: DEMO_CLOCK_RANGE.max + SCHEDULED_AHEAD_MS,
} as const;

export function isWorldInstant(epochMs: number): boolean {
  return (
    Number.isSafeInteger(epochMs) &&
    epochMs >= WORLD_INSTANT_RANGE.min &&
    epochMs <= WORLD_INSTANT_RANGE.max
  );
}

export const WORLD_INSTANT_RANGE_TEXT = `${new Date(WORLD_INSTANT_RANGE.min).toISOString()} to ${new Date(WORLD_INSTANT_RANGE.max).toISOString()} (UTC)`;
