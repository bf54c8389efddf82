/** R13: a new support request prefilled with the subscription; `billing` unless asked otherwise (R11). */
export function supportRequestPath(
  subscriptionId: string,
  problemType: 'billing' | 'subscription-reactivation' = 'billing',
): string {
  const query = new URLSearchParams({ subscriptionId, problemType });
  return `/support/new?${query.toString()}`;
}
