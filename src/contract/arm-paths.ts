/**
 * `/subscriptions/{id}`, the start of every ARM path about one subscription, with the id encoded for
 * a URL (a malformed id from the address bar must not change the path it is sent to).
 */
export function subscriptionPath(subscriptionId: string): string {
  return `/subscriptions/${encodeURIComponent(subscriptionId)}`;
}

/**
 * `/subscriptions/{id}` as ARM writes it in ids and scopes (the subscription's own `id`, a role
 * assignment's `scope`): the id as it is, so the mock writes it and the portal finds it the same way.
 */
export function subscriptionScope(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}`;
}
