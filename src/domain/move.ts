import { WORLD_LIMITS } from '@/contract/world-limits';
import {
  invalidRequestContent,
  quotaExceeded,
  resourceGroupNotFound,
  resourceNotFound,
} from './arm-errors';
import { fail, succeed, type CommandResult } from './command-result';
import type { EpochMs, MoveRecord, World } from './model';
import type { StoredResource } from './stored-resources';
import { ACTIONS } from './permissions';
import { resourceIdOf } from './resource-id';
import { authorize, findResource, isFailure, writableFailure } from './world';

export interface MoveInput {
  sourceSubscriptionId: string;
  resourceGroup: string;
  resourceIds: string[];
  targetSubscriptionId: string;
  targetResourceGroup: string;
  /** Create the target group when it does not exist (the portal's "Create new"). */
  createGroup?: boolean;
  personaId: string;
  now: EpochMs;
}

/** ARM resource group names: 1–90 of letters, digits, '_', '-', '.', '(' and ')', not ending '.'. */
export function isValidResourceGroupName(name: string): boolean {
  return /^[-\w.()]{1,90}$/u.test(name) && !name.endsWith('.');
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The same kind of resource with the same name (and SQL server) clashes in a group. */
function clashes(a: StoredResource, b: StoredResource): boolean {
  if (a.type !== b.type || !sameName(a.name, b.name)) return false;
  if (
    a.type === 'Microsoft.Sql/servers/databases' &&
    b.type === 'Microsoft.Sql/servers/databases'
  ) {
    return sameName(a.serverName, b.serverName);
  }
  return true;
}

/**
 * R2 "consider migrating": move resources of one group to another group, in the same or another
 * subscription. Both subscriptions must be enabled and writable (R6), the caller must be allowed
 * to move out of the source and write to the target (R1), every id must be in the source group.
 * Moved resources get new ids, as in ARM.
 */
export function moveResources(world: World, input: MoveInput): CommandResult<MoveRecord> {
  const source = authorize(
    world,
    input.sourceSubscriptionId,
    input.personaId,
    ACTIONS.moveResources,
  );
  if (isFailure(source)) return source;
  const target = authorize(
    world,
    input.targetSubscriptionId,
    input.personaId,
    ACTIONS.resourceGroupWrite,
  );
  if (isFailure(target)) return target;
  const src = source.sub;
  let dst = target.sub;

  const sourceGroup = src.resourceGroups.find((g) => sameName(g, input.resourceGroup));
  if (sourceGroup === undefined) return resourceGroupNotFound(input.resourceGroup);
  if (input.resourceIds.length === 0)
    return invalidRequestContent("The request must list at least one resource in 'resources'.");
  if (input.resourceIds.length > WORLD_LIMITS.resourcesPerMove) {
    return invalidRequestContent(
      `A move may list at most ${WORLD_LIMITS.resourcesPerMove} resources in 'resources'.`,
    );
  }
  if ((world.moves ?? []).length >= WORLD_LIMITS.moves) {
    return quotaExceeded('recorded moves', WORLD_LIMITS.moves);
  }
  if (new Set(input.resourceIds.map((id) => id.toLowerCase())).size !== input.resourceIds.length) {
    return invalidRequestContent(
      "The list of 'resources' contains the same resource more than once.",
    );
  }
  if (!isValidResourceGroupName(input.targetResourceGroup)) {
    return invalidRequestContent(
      `'${input.targetResourceGroup}' is not a valid resource group name.`,
    );
  }

  // R6 / R9: both ends must accept writes.
  const blocked = writableFailure(src, input.now) ?? writableFailure(dst, input.now);
  if (blocked !== undefined) return blocked;

  const moving: StoredResource[] = [];
  for (const id of input.resourceIds) {
    const r = findResource(world, id);
    if (r === undefined || !sameName(r.subscriptionId, src.subscriptionId)) {
      return resourceNotFound('resource', id, input.resourceGroup);
    }
    if (!sameName(r.resourceGroup, sourceGroup)) {
      return fail(
        400,
        'InvalidResourceMoveRequest',
        `The resource '${r.id}' is not in the source resource group '${sourceGroup}'. All moved resources must come from the same group.`,
      );
    }
    moving.push(r);
  }

  let targetGroup = dst.resourceGroups.find((g) => sameName(g, input.targetResourceGroup));
  if (
    sameName(src.subscriptionId, dst.subscriptionId) &&
    targetGroup !== undefined &&
    sameName(targetGroup, sourceGroup)
  ) {
    return fail(
      400,
      'InvalidResourceMoveRequest',
      'The source and target resource groups are the same.',
    );
  }
  if (targetGroup === undefined) {
    if (input.createGroup !== true) return resourceGroupNotFound(input.targetResourceGroup);
    targetGroup = input.targetResourceGroup;
    dst = { ...dst, resourceGroups: [...dst.resourceGroups, targetGroup] };
  }
  const group = targetGroup;

  const inTarget = world.resources.filter(
    (r) => sameName(r.subscriptionId, dst.subscriptionId) && sameName(r.resourceGroup, group),
  );
  const clash = moving.find((m) => inTarget.some((t) => clashes(m, t)));
  if (clash !== undefined) {
    return fail(
      409,
      'ResourceMoveConflict',
      `A resource named '${clash.name}' of type '${clash.type}' already exists in '${group}'.`,
    );
  }

  const mapping = new Map<string, StoredResource>();
  for (const r of moving) {
    const moved: StoredResource = {
      ...r,
      subscriptionId: dst.subscriptionId,
      resourceGroup: group,
    };
    moved.id = resourceIdOf(moved);
    mapping.set(r.id, moved);
  }
  const record: MoveRecord = {
    at: input.now,
    by: input.personaId,
    sourceSubscriptionId: src.subscriptionId,
    sourceResourceGroup: sourceGroup,
    targetSubscriptionId: dst.subscriptionId,
    targetResourceGroup: group,
    resources: moving.map((r) => ({ from: r.id, to: mapping.get(r.id)?.id ?? r.id })),
  };
  const next: World = {
    ...world,
    subscriptions: world.subscriptions.map((s) =>
      s.subscriptionId === dst.subscriptionId ? dst : s,
    ),
    resources: world.resources.map((r) => mapping.get(r.id) ?? r),
    moves: [...(world.moves ?? []), record],
  };
  return succeed(next, record);
}
