import { RESOURCE_TYPES, type GenericResource } from '@/contract/resources';

export type ResourceKind = 'vm' | 'storage' | 'sql' | 'web';

const KIND_OF_TYPE: Record<GenericResource['type'], ResourceKind> = {
  [RESOURCE_TYPES.vm]: 'vm',
  [RESOURCE_TYPES.storage]: 'storage',
  [RESOURCE_TYPES.sqlDatabase]: 'sql',
  [RESOURCE_TYPES.webApp]: 'web',
};

/** How many resources of each kind, in a fixed display order, leaving out kinds with none. */
export function countResourcesByKind(
  resources: readonly GenericResource[],
): { kind: ResourceKind; count: number }[] {
  const counts = new Map<ResourceKind, number>();
  for (const resource of resources) {
    const kind = KIND_OF_TYPE[resource.type];
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const order: ResourceKind[] = ['vm', 'storage', 'sql', 'web'];
  return order.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
}
