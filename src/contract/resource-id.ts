/** The subscription GUID inside an ARM resource id (`/subscriptions/{id}/resourceGroups/...`). */
export function subscriptionIdOfResource(resourceId: string): string {
  const match = /^\/subscriptions\/([^/]+)\//i.exec(resourceId);
  if (!match?.[1]) throw new Error(`Not an ARM resource id: ${resourceId}`);
  return match[1];
}

/** The resource group named in an ARM resource id. */
export function resourceGroupOfResource(resourceId: string): string {
  const match = /\/resourceGroups\/([^/]+)\//i.exec(resourceId);
  if (!match?.[1]) throw new Error(`Not an ARM resource id: ${resourceId}`);
  return match[1];
}
