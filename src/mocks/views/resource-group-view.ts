import type { ResourceGroup } from '@/contract/resources';
import type { StoredSubscription, World } from '@/domain/model';

const FALLBACK_LOCATION = 'eastus';

/**
 * The World keeps group names only, so a group reports the location of its first resource (or
 * `eastus` when empty); documented in docs/contract.md.
 */
export function toResourceGroup(
  world: World,
  sub: StoredSubscription,
  name: string,
): ResourceGroup {
  const first = world.resources.find(
    (r) =>
      r.subscriptionId === sub.subscriptionId &&
      r.resourceGroup.toLowerCase() === name.toLowerCase(),
  );
  return {
    id: `/subscriptions/${sub.subscriptionId}/resourceGroups/${name}`,
    name,
    type: 'Microsoft.Resources/resourceGroups',
    location: first?.location ?? FALLBACK_LOCATION,
    properties: { provisioningState: 'Succeeded' },
  };
}
