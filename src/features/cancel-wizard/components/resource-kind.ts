import { RESOURCE_TYPES, type GenericResource } from '@/contract/resources';

export type ResourceKind = 'vm' | 'storage' | 'sql' | 'webApp';

const KIND_BY_TYPE: Record<GenericResource['type'], ResourceKind> = {
  [RESOURCE_TYPES.vm]: 'vm',
  [RESOURCE_TYPES.storage]: 'storage',
  [RESOURCE_TYPES.sqlDatabase]: 'sql',
  [RESOURCE_TYPES.webApp]: 'webApp',
};

export function resourceKind(resource: GenericResource): ResourceKind {
  return KIND_BY_TYPE[resource.type];
}

/** The first `{vm}-image-{n}` not taken yet, so a second save never collides with the first (409). */
export function nextImageName(vmName: string, taken: readonly { name: string }[]): string {
  const names = new Set(taken.map((image) => image.name.toLowerCase()));
  let index = taken.length + 1;
  while (names.has(`${vmName}-image-${index}`.toLowerCase())) index += 1;
  return `${vmName}-image-${index}`;
}
