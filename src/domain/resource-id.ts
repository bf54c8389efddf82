import type { ResourceType, StoredResource } from './stored-resources';

export interface ResourceAddress {
  subscriptionId: string;
  resourceGroup: string;
  type: ResourceType;
  name: string;
  /** Parent server of a SQL database. */
  serverName?: string;
}

/** The full ARM id; SQL databases are child resources of their server. */
export function resourceIdFor(a: ResourceAddress): string {
  const base = `/subscriptions/${a.subscriptionId}/resourceGroups/${a.resourceGroup}/providers`;
  if (a.type === 'Microsoft.Sql/servers/databases') {
    return `${base}/Microsoft.Sql/servers/${a.serverName ?? ''}/databases/${a.name}`;
  }
  return `${base}/${a.type}/${a.name}`;
}

/** The subscription and resource group named by an ARM id, case-insensitively. */
export function parseResourceId(
  id: string,
): { subscriptionId: string; resourceGroup: string } | undefined {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/.+$/i.exec(id);
  if (m === null || m[1] === undefined || m[2] === undefined) return undefined;
  return { subscriptionId: m[1], resourceGroup: m[2] };
}

/** The id a stored resource should have at its current subscription and group. */
export function resourceIdOf(r: StoredResource): string {
  const a: ResourceAddress = {
    subscriptionId: r.subscriptionId,
    resourceGroup: r.resourceGroup,
    type: r.type,
    name: r.name,
  };
  if (r.type === 'Microsoft.Sql/servers/databases') a.serverName = r.serverName;
  return resourceIdFor(a);
}
