// Every portal URL in one place: the router's patterns (`path`, relative to the base path) and the
// links that lead to them (`getHref`), so a link and its route cannot drift apart. URLs and their
// query parameters are public (docs/contract.md): other teams' suites open them directly.

/** What a "Contact support" link prefills (R13); `billing` unless it is a reactivation (R11). */
export type SupportProblem = 'billing' | 'subscription-reactivation';

const withQuery = (path: string, query: Record<string, string>): string =>
  `${path}?${new URLSearchParams(query).toString()}`;

const subscription = (subscriptionId: string): string => `/subscriptions/${subscriptionId}`;

export const paths = {
  /** Home is the router's index route, so it has no pattern of its own. */
  home: { getHref: () => '/' },
  subscriptions: { path: 'subscriptions', getHref: () => '/subscriptions' },
  overview: { path: 'subscriptions/:subscriptionId', getHref: subscription },
  resources: {
    path: 'subscriptions/:subscriptionId/resources',
    getHref: (subscriptionId: string) => `${subscription(subscriptionId)}/resources`,
  },
  /** `returnTo=cancel` brings the user back to the cancel wizard once the move is done (R2). */
  moveResources: {
    path: 'subscriptions/:subscriptionId/resources/move',
    getHref: (subscriptionId: string, returnTo?: 'cancel') => {
      const path = `${subscription(subscriptionId)}/resources/move`;
      return returnTo === undefined ? path : withQuery(path, { returnTo });
    },
  },
  cancel: {
    path: 'subscriptions/:subscriptionId/cancel',
    getHref: (subscriptionId: string) => `${subscription(subscriptionId)}/cancel`,
  },
  /** The Account Center, opened on one subscription's billing when given one (R7, R8, R10). */
  accountCenter: {
    path: 'account',
    getHref: (subscriptionId?: string) =>
      subscriptionId === undefined ? '/account' : withQuery('/account', { subscriptionId }),
  },
  support: { path: 'support', getHref: () => '/support' },
  /** R13: a new support request, prefilled with the subscription and its problem type when given. */
  newSupportRequest: {
    path: 'support/new',
    getHref: (subscriptionId?: string, problemType: SupportProblem = 'billing') =>
      subscriptionId === undefined
        ? '/support/new'
        : withQuery('/support/new', { subscriptionId, problemType }),
  },
} as const;
