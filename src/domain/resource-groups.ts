import { WORLD_LIMITS } from '@/contract/world-limits';
import { invalidRequestContent, quotaExceeded } from './arm-errors';
import { succeed, type CommandResult } from './command-result';
import type { EpochMs, StoredSubscription, World } from './model';
import { isValidResourceGroupName } from './move';
import { ACTIONS } from './permissions';
import { authorize, isFailure, replaceSubscription, writableFailure } from './world';

// `PUT /subscriptions/{id}/resourcegroups/{rg}` (a move creates groups too, through move.ts): the
// caller's role may write (R1's permission table), a Disabled subscription is read-only (R6), and
// ARM's naming rule, which a move's target group shares.

export interface CreateResourceGroupInput {
  subscriptionId: string;
  name: string;
  personaId: string;
  now: EpochMs;
}

export interface CreateResourceGroupResult {
  name: string;
  created: boolean;
  subscription: StoredSubscription;
}

export function createResourceGroup(
  world: World,
  input: CreateResourceGroupInput,
): CommandResult<CreateResourceGroupResult> {
  const access = authorize(
    world,
    input.subscriptionId,
    input.personaId,
    ACTIONS.resourceGroupWrite,
  );
  if (isFailure(access)) return access;
  const { sub } = access;
  const blocked = writableFailure(sub, input.now);
  if (blocked !== undefined) return blocked;
  if (!isValidResourceGroupName(input.name)) {
    return invalidRequestContent(
      `'${input.name}' is not a valid resource group name: use 1–90 letters, digits, '_', '-', '.', '(' or ')', not ending with '.'.`,
    );
  }
  const existing = sub.resourceGroups.find((g) => g.toLowerCase() === input.name.toLowerCase());
  // ARM's PUT is an upsert: an existing group is answered as it is (200), never created twice.
  if (existing !== undefined)
    return succeed(world, { name: existing, created: false, subscription: sub });
  if (sub.resourceGroups.length >= WORLD_LIMITS.resourceGroupsPerSubscription) {
    return quotaExceeded(
      'resource groups in one subscription',
      WORLD_LIMITS.resourceGroupsPerSubscription,
    );
  }
  const next = { ...sub, resourceGroups: [...sub.resourceGroups, input.name] };
  return succeed(replaceSubscription(world, next), {
    name: input.name,
    created: true,
    subscription: next,
  });
}
