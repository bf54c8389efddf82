import { ACTIONS, isAllowed, type ArmAction, type Permission } from '@/contract/authorization';
import { RESOURCE_TYPES, type GenericResource, type ResourceGroup } from '@/contract/resources';
import type { SubscriptionState } from '@/contract/subscriptions';

// Display mapping for the Resources blade: what each resource shows and which actions it offers,
// from the API's answers only (resource properties carry R6's effects already; the permissions read
// and ARM state say whether a write may run).

export type ResourceActionId =
  | 'vm-start'
  | 'vm-powerOff'
  | 'vm-deallocate'
  | 'web-start'
  | 'web-stop'
  | 'create-container'
  | 'download';

const ARM_ACTION: Record<Exclude<ResourceActionId, 'download'>, ArmAction> = {
  'vm-start': ACTIONS.vmStart,
  'vm-powerOff': ACTIONS.vmPowerOff,
  'vm-deallocate': ACTIONS.vmDeallocate,
  'web-start': ACTIONS.webStart,
  'web-stop': ACTIONS.webStop,
  'create-container': ACTIONS.storageContainerWrite,
};

/** The actions that make sense in the resource's current state (a running VM offers Stop, not Start). */
export function actionsFor(resource: GenericResource): ResourceActionId[] {
  switch (resource.type) {
    case RESOURCE_TYPES.vm: {
      const power = resource.properties.powerState;
      if (power === 'running') return ['vm-powerOff', 'vm-deallocate'];
      if (power === 'stopped') return ['vm-start', 'vm-deallocate'];
      return ['vm-start'];
    }
    case RESOURCE_TYPES.webApp:
      return resource.properties.state === 'Running' ? ['web-stop'] : ['web-start'];
    case RESOURCE_TYPES.storage:
      return ['create-container', 'download'];
    case RESOURCE_TYPES.sqlDatabase:
      return ['download'];
  }
}

export type ActionBlock =
  'loading' | 'subscription-disabled' | 'subscription-deleted' | 'read-only-role';

/**
 * Why an action can't run now, or undefined. Downloads are reads, so they work on a Disabled
 * subscription (R6); every write is refused there (R6, R12) and for a role without the action.
 */
export function actionBlock(
  action: ResourceActionId,
  state: SubscriptionState | undefined,
  permissions: readonly Permission[] | undefined,
): ActionBlock | undefined {
  if (action === 'download') return undefined;
  if (!state || !permissions) return 'loading';
  if (state === 'Deleted') return 'subscription-deleted';
  if (state === 'Disabled') return 'subscription-disabled';
  return isAllowed(permissions, ARM_ACTION[action]) ? undefined : 'read-only-role';
}

export interface ResourceGroupSection {
  name: string;
  location: string | undefined;
  resources: GenericResource[];
}

function groupOf(resourceId: string): string {
  return /\/resourceGroups\/([^/]+)\//i.exec(resourceId)?.[1] ?? '';
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/** Resources by resource group (groups and resources by name); groups with no resources are kept. */
export function groupByResourceGroup(
  resources: readonly GenericResource[],
  groups: readonly ResourceGroup[] = [],
): ResourceGroupSection[] {
  const sections = new Map<string, ResourceGroupSection>();
  const sectionFor = (name: string, location?: string) => {
    const key = name.toLowerCase();
    let section = sections.get(key);
    if (!section) {
      section = { name, location, resources: [] };
      sections.set(key, section);
    }
    return section;
  };
  for (const group of groups) sectionFor(group.name, group.location);
  for (const resource of resources) sectionFor(groupOf(resource.id)).resources.push(resource);
  return [...sections.values()]
    .map((section) => ({ ...section, resources: [...section.resources].sort(byName) }))
    .sort(byName);
}
