import { ACTIONS, isAllowed, type Permission } from '@/contract/authorization';
import type { GenericResource, MoveResourcesBody, ResourceGroup } from '@/contract/resources';
import { resourceGroupOfResource } from '@/contract/resource-id';

// What the Move resources blade may send, and why not, from the API's answers and the user's
// choices only: the permissions reads (R1) and the groups and resources ARM listed. Whether a move
// is allowed in the end (R2, R6) is ARM's answer to Validate; nothing here guesses it.

/** One move request: the same plan is validated, then moved, so ARM judges exactly what is sent. */
export interface MovePlan {
  sourceSubscriptionId: string;
  sourceGroup: string;
  resourceIds: string[];
  targetSubscriptionId: string;
  targetGroup: string;
  /** The portal's "Create new": the group is created with a PUT first, as ARM requires. */
  createGroup: boolean;
  /** Location for a new group: the source resources' own region. */
  location: string;
}

export type GroupMode = 'existing' | 'new';

/** What the user picked on the blade, and the API's answers those picks are read against. */
export interface MoveChoices {
  sourceSubscriptionId: string;
  /** The source subscription's permissions, or undefined while they load. */
  sourcePermissions: readonly Permission[] | undefined;
  groups: readonly ResourceGroup[];
  /** Every resource of the source subscription; the plan keeps those of the source group. */
  resources: readonly GenericResource[];
  /** The group asked for (from the address or the picker); unknown names fall back to the first. */
  chosenGroup: string | null;
  selected: ReadonlySet<string>;
  targetSubscriptionId: string | null;
  /** The target's permissions say the caller may not move resources into it. */
  targetDenied: boolean;
  targetGroups: readonly ResourceGroup[];
  mode: GroupMode;
  existingGroup: string | null;
  newGroup: string;
}

/** Why no request can be sent yet, in the order the blade explains it. */
export type MoveBlock = 'not-allowed' | 'same-group' | 'target-denied' | 'incomplete';

export interface MoveView {
  sourceGroup: string | null;
  /** The source group's resources, the ones the user can pick from. */
  sourceResources: GenericResource[];
  /** Groups the target offers: the source group itself is no target. */
  targetGroupOptions: ResourceGroup[];
  /** The target group is the source group. */
  sameAsSource: boolean;
  plan: MovePlan | null;
  /** Why `plan` is null. */
  blocked: MoveBlock | null;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A move into a subscription needs both its write on resource groups and its move action. */
export function allowsMoveInto(permissions: readonly Permission[]): boolean {
  return (
    isAllowed(permissions, ACTIONS.resourceGroupWrite) &&
    isAllowed(permissions, ACTIONS.moveResources)
  );
}

/** Reads the user's choices into the one request they describe, or the reason there is none. */
export function planMove(choices: MoveChoices): MoveView {
  const { chosenGroup, sourceSubscriptionId, targetSubscriptionId } = choices;
  const sourceGroup =
    choices.groups.find((g) => chosenGroup !== null && same(g.name, chosenGroup))?.name ??
    choices.groups[0]?.name ??
    null;
  const sourceResources = choices.resources.filter(
    (r) => sourceGroup !== null && same(resourceGroupOfResource(r.id), sourceGroup),
  );
  const resourceIds = sourceResources.filter((r) => choices.selected.has(r.id)).map((r) => r.id);
  const targetGroup =
    choices.mode === 'existing' ? (choices.existingGroup ?? '') : choices.newGroup.trim();
  const isSourceGroup = (name: string) =>
    targetSubscriptionId !== null &&
    same(targetSubscriptionId, sourceSubscriptionId) &&
    sourceGroup !== null &&
    same(name, sourceGroup);
  const sameAsSource = isSourceGroup(targetGroup);
  // While the permissions load the source counts as allowed: ARM refuses a move it does not allow.
  const sourceAllowed =
    choices.sourcePermissions === undefined ||
    isAllowed(choices.sourcePermissions, ACTIONS.moveResources);

  const blocked: MoveBlock | null = !sourceAllowed
    ? 'not-allowed'
    : sameAsSource
      ? 'same-group'
      : choices.targetDenied
        ? 'target-denied'
        : sourceGroup === null ||
            resourceIds.length === 0 ||
            targetSubscriptionId === null ||
            targetGroup === ''
          ? 'incomplete'
          : null;
  const plan: MovePlan | null =
    blocked === null && sourceGroup !== null && targetSubscriptionId !== null
      ? {
          sourceSubscriptionId,
          sourceGroup,
          resourceIds,
          targetSubscriptionId,
          targetGroup,
          createGroup: choices.mode === 'new',
          location: sourceResources.find((r) => r.id === resourceIds[0])?.location ?? 'eastus',
        }
      : null;
  return {
    sourceGroup,
    sourceResources,
    targetGroupOptions: choices.targetGroups.filter((g) => !isSourceGroup(g.name)),
    sameAsSource,
    plan,
    blocked,
  };
}

/** Identifies a plan, so a success of Validate counts only for the very plan it checked. */
export function planKey(plan: MovePlan | null): string | null {
  return plan === null ? null : JSON.stringify(plan);
}

/**
 * The blade's next step: fix what blocks the plan, validate it, or move. A validation is for one
 * plan only; any change of choice asks for a new one, as the portal does.
 */
export type MoveStep =
  | { kind: 'blocked'; reason: MoveBlock }
  | { kind: 'validate'; plan: MovePlan }
  | { kind: 'move'; plan: MovePlan };

export function nextStep(view: MoveView, validatedKey: string | null): MoveStep {
  if (view.plan === null) return { kind: 'blocked', reason: view.blocked ?? 'incomplete' };
  return planKey(view.plan) === validatedKey
    ? { kind: 'move', plan: view.plan }
    : { kind: 'validate', plan: view.plan };
}

/** The body of both `validateMoveResources` and `moveResources`. */
export function bodyOf(plan: MovePlan): MoveResourcesBody {
  return {
    resources: plan.resourceIds,
    targetResourceGroup: `/subscriptions/${plan.targetSubscriptionId}/resourceGroups/${plan.targetGroup}`,
  };
}
