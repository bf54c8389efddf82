import { keptSubscriptionName, subscriptionNameProblem } from '@/contract/cancel';
import { WORLD_LIMITS } from '@/contract/world-limits';
import type { z } from '@/contract/zod';
import { cancellationDates } from '@/domain/dates';
import { historyViolations } from '@/domain/history';
import type { StoredSubscription, World } from '@/domain/model';
import { WORLD_VERSION } from '@/domain/model';
import { resourceIdOf } from '@/domain/resource-id';
import { SUPPORT_RESOLUTION_MS } from '@/domain/support';
import { toIso } from '@/domain/time';
import {
  moveRecordSchema,
  personaSchema,
  quoteValue,
  storedResourceSchema,
  storedSubscriptionSchema,
  supportTicketRecordSchema,
} from './world-schema';

// One validator for every world (contract §9): a world from a scenario, a moment, a snapshot, a
// saved state or the live API is accepted only when the API could have reached it. Besides each
// field's own rule (world-schema.ts) that means: the scenario's personas and subscriptions, neither
// added nor removed (no API call creates or deletes either) nor changed where no API call changes
// them; resources moved but never created; names the rename rule accepts; a cancellation history
// in order; and every id it names existing. A problem is reported with the field's path in the
// document that was sent, so it can be found and fixed.

/** Where an item of a keyed collection sits in the document the world was rebuilt from. */
export type WorldLocator = (
  collection: 'subscriptions' | 'resources',
  index: number,
  item: object,
) => string;

const inWorld: WorldLocator = (collection, index) => `world.${collection}[${index}]`;

/** Enough to act on; a document that is wrong everywhere is not listed whole. */
const MOST_PROBLEMS_LISTED = 5;

/** What no API call changes on a subscription (rename, cancel, reactivate and moves change the rest). */
const FIXED_SUBSCRIPTION_FIELDS = [
  'tenantId',
  'offer',
  'createdAt',
  'billingAnchorDay',
  'currency',
  'usagePerHour',
  'propagationDelayMs',
  'roles',
  'spendingLimit',
  'creditRemaining',
  'flag',
  'tags',
  'accountAdmin',
] as const satisfies readonly (keyof StoredSubscription)[];

/** JSON equality that ignores key order (tags written by hand may list keys in another order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function pathText(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    prefix,
  );
}

class Problems {
  readonly list: string[] = [];

  get full(): boolean {
    return this.list.length >= MOST_PROBLEMS_LISTED;
  }

  add(path: string, reason: string): void {
    if (!this.full) this.list.push(`${path}: ${reason}`);
  }

  /** The item's field rules; false when it broke one (its relations are then not looked at). */
  fields(schema: z.ZodMiniType, value: unknown, prefix: string): boolean {
    const parsed = schema.safeParse(value);
    if (parsed.success) return true;
    for (const issue of parsed.error.issues) this.add(pathText(prefix, issue.path), issue.message);
    return false;
  }
}

/**
 * Why `world` could not have been reached through the API from `base` (its scenario as built at
 * its load time): at most a few problems, each `path: reason`; empty when it could. Items that are
 * `base`'s own objects are the scenario's, unchanged, and not checked again (a world is mostly its
 * scenario, so a saved `large-tenant` loads quickly); the scenario tests check those.
 */
export function worldProblems(world: World, base: World, locate: WorldLocator = inWorld): string[] {
  const problems = new Problems();
  if (world.version !== WORLD_VERSION)
    problems.add('world.version', `must be ${WORLD_VERSION} (got ${quoteValue(world.version)})`);
  if (world.scenario !== base.scenario)
    problems.add('world.scenario', `must be the snapshot's scenario '${base.scenario}'`);
  const sizes = [
    ['subscriptions', world.subscriptions.length, WORLD_LIMITS.subscriptions],
    ['resources', world.resources.length, WORLD_LIMITS.resources],
    ['tickets', world.tickets.length, WORLD_LIMITS.supportTickets],
    ['moves', world.moves?.length ?? 0, WORLD_LIMITS.moves],
  ] as const;
  // Counted before anything is parsed, so a document of 100,000 items is refused at once.
  for (const [field, count, max] of sizes)
    if (count > max)
      problems.add(`world.${field}`, `must hold at most ${max} items (got ${count})`);
  if (problems.list.length > 0) return problems.list;

  // Each part is looked at once the parts it refers to are sound.
  const personaIds = checkPersonas(world, base, problems);
  if (problems.list.length > 0) return problems.list;
  const isPersona = (ref: string): boolean =>
    personaIds.has(ref) || base.personas.some((p) => p.userPrincipalName === ref);
  const subscriptionIds = checkSubscriptions(world, base, locate, problems, isPersona);
  if (problems.list.length > 0) return problems.list;
  checkResources(world, base, locate, problems, subscriptionIds);
  checkTickets(world, problems, subscriptionIds, personaIds);
  checkMoves(world, problems, subscriptionIds, isPersona);
  return problems.list;
}

/** The scenario's personas, exactly: a snapshot cannot create an identity (`Bearer persona:root`). */
function checkPersonas(world: World, base: World, problems: Problems): Set<string> {
  const ids = new Set(base.personas.map((p) => p.id));
  const known = base.personas.map((p) => p.id).join(', ');
  world.personas.forEach((persona, i) => {
    const at = `world.personas[${i}]`;
    if (!problems.fields(personaSchema, persona, at)) return;
    const same = base.personas.find((p) => p.id === persona.id);
    if (same === undefined)
      problems.add(
        `${at}.id`,
        `'${persona.id}' is not one of the scenario's personas (${known}); a snapshot cannot create an identity`,
      );
    else if (!sameJson(same, persona))
      problems.add(at, `persona '${persona.id}' must be as the scenario defines it`);
  });
  if (problems.list.length > 0) return ids;
  const present = new Set(world.personas.map((p) => p.id));
  if (present.size !== world.personas.length)
    problems.add('world.personas', 'must not list a persona twice');
  for (const id of ids)
    if (!present.has(id))
      problems.add('world.personas', `must keep the scenario's persona '${id}' (${known})`);
  return ids;
}

function checkSubscriptions(
  world: World,
  base: World,
  locate: WorldLocator,
  problems: Problems,
  isPersona: (ref: string) => boolean,
): Set<string> {
  const baseById = new Map(base.subscriptions.map((s) => [s.subscriptionId, s]));
  const baseObjects = new Set<object>(base.subscriptions);
  const ids = new Set<string>();
  // The tickets are checked later; until then they are only what the patch holds.
  const ticketNames = new Set(
    (world.tickets as unknown[]).flatMap((t) =>
      typeof t === 'object' && t !== null && 'name' in t ? [t.name] : [],
    ),
  );
  world.subscriptions.forEach((sub, index) => {
    if (problems.full) return;
    const at = locate('subscriptions', index, sub);
    if (!baseObjects.has(sub) && !problems.fields(storedSubscriptionSchema, sub, at)) return;
    if (ids.has(sub.subscriptionId))
      problems.add(`${at}.subscriptionId`, `'${sub.subscriptionId}' is listed twice`);
    ids.add(sub.subscriptionId);
    if (baseObjects.has(sub)) return;
    const original = baseById.get(sub.subscriptionId);
    if (original === undefined) {
      problems.add(
        `${at}.subscriptionId`,
        `'${sub.subscriptionId}' is not one of the scenario's subscriptions; no API call creates one`,
      );
      return;
    }
    checkSubscription(sub, original, at, problems, isPersona, ticketNames);
  });
  // Only once every item was read: one that broke a field rule is not counted among them.
  if (problems.list.length > 0) return ids;
  for (const id of baseById.keys())
    if (!ids.has(id))
      problems.add(
        'world.subscriptions',
        `the scenario's subscription '${id}' is missing; no API call removes one`,
      );
  return ids;
}

function checkSubscription(
  sub: StoredSubscription,
  original: StoredSubscription,
  at: string,
  problems: Problems,
  isPersona: (ref: string) => boolean,
  ticketNames: ReadonlySet<unknown>,
): void {
  for (const field of FIXED_SUBSCRIPTION_FIELDS) {
    if (!sameJson(sub[field], original[field]))
      problems.add(
        `${at}.${field}`,
        `no API call changes it; it must stay as the scenario has it (${quoteValue(original[field] ?? null)})`,
      );
  }
  // The scenario's own names may hold what a rename refuses ('Contoso Dev/Test'); a new one may not.
  const renamed = sub.displayName !== original.displayName;
  if (
    renamed &&
    (subscriptionNameProblem(sub.displayName) !== undefined ||
      keptSubscriptionName(sub.displayName) !== sub.displayName)
  )
    problems.add(
      `${at}.displayName`,
      `must be a name the rename call accepts, as it stores it (got ${quoteValue(sub.displayName)})`,
    );
  if (sub.supportPlan !== undefined && sub.supportPlan !== original.supportPlan)
    problems.add(
      `${at}.supportPlan`,
      "may only be the scenario's plan, or none once cancelled (R8)",
    );
  const groups = sub.resourceGroups;
  if (original.resourceGroups.some((group, i) => groups[i] !== group))
    problems.add(`${at}.resourceGroups`, "must keep the scenario's groups first, in order");
  const lower = groups.map((g) => g.toLowerCase());
  if (new Set(lower).size !== lower.length)
    problems.add(`${at}.resourceGroups`, 'must not list a group twice');
  for (const violation of historyViolations(original, sub))
    problems.add(at, `${violation}: a cancellation's facts never change once written (R14)`);
  checkCancellations(sub, at, problems, isPersona, ticketNames);
  for (const persona of Object.keys(sub.roles))
    if (!isPersona(persona))
      problems.add(`${at}.roles.${persona}`, "must be one of the scenario's personas");
}

/** Created, then cancelled, then reactivated (before deletion), then cancelled again, in that order. */
function checkCancellations(
  sub: StoredSubscription,
  at: string,
  problems: Problems,
  isPersona: (ref: string) => boolean,
  ticketNames: ReadonlySet<unknown>,
): void {
  const records = sub.cancellations;
  records.forEach((record, i) => {
    const here = `${at}.cancellations[${i}]`;
    if (record.requestedAt < sub.createdAt)
      problems.add(
        `${here}.requestedAt`,
        `must not be before the subscription was created (${toIso(sub.createdAt)})`,
      );
    if (!isPersona(record.requestedBy))
      problems.add(`${here}.requestedBy`, "must be one of the scenario's personas");
    const previous = records[i - 1];
    if (previous?.reactivatedAt !== undefined && record.requestedAt < previous.reactivatedAt)
      problems.add(
        `${here}.requestedAt`,
        `must not be before the previous cancellation was reactivated (${toIso(previous.reactivatedAt)})`,
      );
    if (record.reactivatedAt === undefined) {
      if (
        record.reactivatedBy !== undefined ||
        record.reactivatedVia !== undefined ||
        record.reactivationTicket !== undefined
      )
        problems.add(`${here}.reactivatedAt`, 'is required with the other reactivation fields');
      if (i < records.length - 1)
        problems.add(
          `${here}.reactivatedAt`,
          'is required: only the last cancellation can still be open (R14)',
        );
      return;
    }
    if (record.reactivatedAt < record.requestedAt)
      problems.add(`${here}.reactivatedAt`, 'must not be before the cancellation (requestedAt)');
    // R9, R11: reactivated before the data is deleted; a support request filed in time may take
    // effect up to the desk's processing time later.
    const until = cancellationDates(sub, record).reactivationPossibleUntil + SUPPORT_RESOLUTION_MS;
    if (record.reactivatedAt > until)
      problems.add(
        `${here}.reactivatedAt`,
        `must not be after the subscription was deleted (${toIso(until)})`,
      );
    if (record.reactivatedBy === undefined || !isPersona(record.reactivatedBy))
      problems.add(`${here}.reactivatedBy`, "must be one of the scenario's personas");
    if (record.reactivationTicket !== undefined) {
      if (record.reactivatedVia !== 'support')
        problems.add(`${here}.reactivationTicket`, "belongs to a reactivation via 'support' only");
      else if (!ticketNames.has(record.reactivationTicket))
        problems.add(
          `${here}.reactivationTicket`,
          `names no support ticket of the world ('${record.reactivationTicket}')`,
        );
    }
  });
}

/** Resources are the scenario's, moved perhaps (new ids, as in ARM), never created or deleted. */
function checkResources(
  world: World,
  base: World,
  locate: WorldLocator,
  problems: Problems,
  subscriptionIds: ReadonlySet<string>,
): void {
  const baseObjects = new Set<object>(base.resources);
  const groupsOf = new Map(
    world.subscriptions.map((s) => [
      s.subscriptionId,
      new Set(s.resourceGroups.map((g) => g.toLowerCase())),
    ]),
  );
  const ids = new Set<string>();
  world.resources.forEach((resource, index) => {
    if (problems.full) return;
    const at = locate('resources', index, resource);
    const own = baseObjects.has(resource);
    if (!own && !problems.fields(storedResourceSchema, resource, at)) return;
    const id = resource.id.toLowerCase();
    if (ids.has(id)) problems.add(`${at}.id`, `'${resource.id}' is listed twice`);
    ids.add(id);
    if (own) return;
    if (resource.id !== resourceIdOf(resource))
      problems.add(`${at}.id`, `must be the resource's ARM id, '${resourceIdOf(resource)}'`);
    if (!subscriptionIds.has(resource.subscriptionId))
      problems.add(`${at}.subscriptionId`, 'must be one of the world’s subscriptions');
    else if (
      groupsOf.get(resource.subscriptionId)?.has(resource.resourceGroup.toLowerCase()) !== true
    )
      problems.add(`${at}.resourceGroup`, "must be one of its subscription's resource groups");
  });
  if (world.resources.length !== base.resources.length)
    problems.add(
      'world.resources',
      `must hold the scenario's ${base.resources.length} resources (got ${world.resources.length}); the API moves resources but never creates or deletes one`,
    );
}

function checkTickets(
  world: World,
  problems: Problems,
  subscriptionIds: ReadonlySet<string>,
  personaIds: ReadonlySet<string>,
): void {
  const names = new Set<string>();
  world.tickets.forEach((ticket, i) => {
    if (problems.full) return;
    const at = `world.tickets[${i}]`;
    if (!problems.fields(supportTicketRecordSchema, ticket, at)) return;
    if (names.has(ticket.name)) problems.add(`${at}.name`, `'${ticket.name}' is listed twice`);
    names.add(ticket.name);
    if (!subscriptionIds.has(ticket.subscriptionId))
      problems.add(`${at}.subscriptionId`, 'must be one of the world’s subscriptions');
    if (!personaIds.has(ticket.createdBy))
      problems.add(`${at}.createdBy`, "must be one of the scenario's personas");
    if (ticket.resolvedAt !== undefined && ticket.resolvedAt < ticket.createdAt)
      problems.add(`${at}.resolvedAt`, 'must not be before the request was filed (createdAt)');
  });
}

function checkMoves(
  world: World,
  problems: Problems,
  subscriptionIds: ReadonlySet<string>,
  isPersona: (ref: string) => boolean,
): void {
  (world.moves ?? []).forEach((move, i) => {
    if (problems.full) return;
    const at = `world.moves[${i}]`;
    if (!problems.fields(moveRecordSchema, move, at)) return;
    if (!isPersona(move.by)) problems.add(`${at}.by`, "must be one of the scenario's personas");
    for (const field of ['sourceSubscriptionId', 'targetSubscriptionId'] as const)
      if (!subscriptionIds.has(move[field]))
        problems.add(`${at}.${field}`, 'must be one of the world’s subscriptions');
  });
}
