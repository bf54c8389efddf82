import { describe, expect, it } from 'vitest';
import type { Permission } from '@/contract/authorization';
import type { GenericResource, ResourceGroup } from '@/contract/resources';
import {
  allowsMoveInto,
  bodyOf,
  nextStep,
  planKey,
  planMove,
  type MoveChoices,
} from '@/features/move-resources/move-plan';

const PROD = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
const DEV = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602';
const WRITER: Permission[] = [{ actions: ['*'], notActions: [] }];
const READER: Permission[] = [{ actions: ['*/read', 'Microsoft.Support/*'], notActions: [] }];

function group(subscriptionId: string, name: string): ResourceGroup {
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${name}`,
    name,
    type: 'Microsoft.Resources/resourceGroups',
    location: 'westeurope',
    properties: { provisioningState: 'Succeeded' },
  };
}

function storage(name: string, resourceGroup: string): GenericResource {
  return {
    id: `/subscriptions/${PROD}/resourceGroups/${resourceGroup}/providers/Microsoft.Storage/storageAccounts/${name}`,
    name,
    location: 'westeurope',
    type: 'Microsoft.Storage/storageAccounts',
    properties: { access: 'read-write', containers: [] },
  };
}

const data = storage('stdata', 'rg-data');
const logs = storage('stlogs', 'rg-data');
const web = storage('stweb', 'rg-web');

/** Contoso Production's rg-data, one account picked, into an existing group of Dev/Test. */
function choices(overrides: Partial<MoveChoices> = {}): MoveChoices {
  return {
    sourceSubscriptionId: PROD,
    sourcePermissions: WRITER,
    groups: [group(PROD, 'rg-data'), group(PROD, 'rg-web')],
    resources: [data, logs, web],
    chosenGroup: 'rg-data',
    selected: new Set([data.id]),
    targetSubscriptionId: DEV,
    targetDenied: false,
    targetGroups: [group(DEV, 'rg-dev')],
    mode: 'existing',
    existingGroup: 'rg-dev',
    newGroup: '',
    ...overrides,
  };
}

describe('Move resources: the move plan', () => {
  it('R2: the picked resources of the source group move to the chosen target group', () => {
    const view = planMove(choices());
    expect(view.blocked).toBeNull();
    expect(view.plan).toEqual({
      sourceSubscriptionId: PROD,
      sourceGroup: 'rg-data',
      resourceIds: [data.id],
      targetSubscriptionId: DEV,
      targetGroup: 'rg-dev',
      createGroup: false,
      location: 'westeurope',
    });
  });

  it('R2: only the source group’s resources can be picked, and a selection outside it is not sent', () => {
    const view = planMove(choices({ selected: new Set([data.id, web.id]) }));
    expect(view.sourceResources.map((r) => r.name)).toEqual(['stdata', 'stlogs']);
    expect(view.plan?.resourceIds).toEqual([data.id]);
  });

  it('R2: an unknown group in the address falls back to the first group, case aside', () => {
    expect(planMove(choices({ chosenGroup: 'RG-WEB' })).sourceGroup).toBe('rg-web');
    expect(planMove(choices({ chosenGroup: 'rg-gone' })).sourceGroup).toBe('rg-data');
    expect(planMove(choices({ chosenGroup: null })).sourceGroup).toBe('rg-data');
  });

  it('R2: "Create new" sends the trimmed name and creates the group in the resources’ region', () => {
    const plan = planMove(choices({ mode: 'new', newGroup: '  rg-archive ' })).plan;
    expect(plan).toMatchObject({ targetGroup: 'rg-archive', createGroup: true });
    expect(plan?.location).toBe('westeurope');
  });

  it('R2: the source group is no target: it is left out of the list and refused when typed', () => {
    const sameSubscription = choices({
      targetSubscriptionId: PROD,
      targetGroups: [group(PROD, 'rg-data'), group(PROD, 'rg-web')],
      existingGroup: 'rg-data',
    });
    const view = planMove(sameSubscription);
    expect(view.targetGroupOptions.map((g) => g.name)).toEqual(['rg-web']);
    expect(view).toMatchObject({ sameAsSource: true, blocked: 'same-group', plan: null });
    const typed = planMove({ ...sameSubscription, mode: 'new', newGroup: 'RG-DATA' });
    expect(typed.blocked).toBe('same-group');
    // The same name in another subscription is another group.
    expect(planMove(choices({ existingGroup: 'rg-data' })).blocked).toBeNull();
  });

  it('R2: nothing is sent until resources, a target subscription and a target group are chosen', () => {
    expect(planMove(choices({ selected: new Set() })).blocked).toBe('incomplete');
    expect(planMove(choices({ targetSubscriptionId: null })).blocked).toBe('incomplete');
    expect(planMove(choices({ existingGroup: null })).blocked).toBe('incomplete');
    expect(planMove(choices({ mode: 'new', newGroup: '   ' })).blocked).toBe('incomplete');
    expect(planMove(choices({ groups: [], resources: [] })).blocked).toBe('incomplete');
  });

  it('R1: a role that may not move out of the source blocks the move; unknown permissions do not', () => {
    expect(planMove(choices({ sourcePermissions: READER }))).toMatchObject({
      blocked: 'not-allowed',
      plan: null,
    });
    expect(planMove(choices({ sourcePermissions: undefined })).blocked).toBeNull();
  });

  it('R1: a target the caller may not move into blocks the move', () => {
    expect(planMove(choices({ targetDenied: true })).blocked).toBe('target-denied');
  });

  it('R1: moving into a subscription needs both the group write and the move action', () => {
    expect(allowsMoveInto(WRITER)).toBe(true);
    expect(allowsMoveInto(READER)).toBe(false);
    const noMove: Permission[] = [
      {
        actions: ['*'],
        notActions: ['Microsoft.Resources/subscriptions/resourceGroups/moveResources/action'],
      },
    ];
    expect(allowsMoveInto(noMove)).toBe(false);
  });

  it('R2: a validation counts for the very plan it checked; any change asks for a new one', () => {
    const view = planMove(choices());
    expect(nextStep(view, null).kind).toBe('validate');
    const validated = planKey(view.plan);
    expect(nextStep(view, validated).kind).toBe('move');
    const changed = planMove(choices({ selected: new Set([data.id, logs.id]) }));
    expect(nextStep(changed, validated).kind).toBe('validate');
    expect(nextStep(planMove(choices({ selected: new Set() })), validated)).toEqual({
      kind: 'blocked',
      reason: 'incomplete',
    });
  });

  it('Contract: the validate and move body names the resources and the target group by its ARM id', () => {
    const plan = planMove(choices()).plan;
    expect(plan && bodyOf(plan)).toEqual({
      resources: [data.id],
      targetResourceGroup: `/subscriptions/${DEV}/resourceGroups/rg-dev`,
    });
  });
});
