// Every ARM call carries an api-version. API_VERSIONS are the ones the portal's own client sends;
// ALSO_ACCEPTED are the others a real client may send for the same operations. For the families
// the Azure tools use (subscriptions, subscription operations, resources) that is every stable
// version the official REST specs publish (docs/contract.md §1 lists them and where they come from);
// for the others, the versions the official SDKs and the Azure CLI 2.45 send.
export const API_VERSIONS = {
  subscriptions: '2022-12-01',
  subscriptionOps: '2021-10-01',
  resources: '2021-04-01',
  authorization: '2022-04-01',
  support: '2020-04-01',
  billing: '2024-04-01',
  compute: '2024-07-01',
  web: '2023-12-01',
  storage: '2023-05-01',
  sql: '2023-08-01',
} as const;

/**
 * Microsoft.Resources `subscriptions.json`, every stable version (subscriptions, locations,
 * tenants): the Azure CLI 2.45 sends 2019-11-01 (profile latest) and 2016-06-01 (hybrid profiles),
 * the Python SDK 2021-01-01, the JavaScript SDK 2022-12-01.
 */
const SUBSCRIPTIONS_STABLE = [
  '2016-06-01',
  '2020-01-01',
  '2021-01-01',
  '2015-11-01',
  '2018-06-01',
  '2019-06-01',
  '2019-11-01',
] as const;

/**
 * Microsoft.Resources `resources.json`, every stable version (resource groups, resources, moves):
 * the Azure CLI 2.45 sends 2021-04-01 (latest), 2019-10-01 (2020-09-01-hybrid) and older ones in
 * older hybrid profiles, the Python SDK 2022-09-01, the JavaScript SDK 8 2025-04-01.
 */
const RESOURCES_STABLE = [
  '2025-04-01',
  '2022-09-01',
  '2015-11-01',
  '2016-02-01',
  '2016-07-01',
  '2016-09-01',
  '2017-05-10',
  '2018-02-01',
  '2018-05-01',
  '2019-03-01',
  '2019-05-01',
  '2019-05-10',
  '2019-07-01',
  '2019-08-01',
  '2019-10-01',
  '2020-06-01',
  '2020-08-01',
  '2020-10-01',
  '2021-01-01',
  '2023-07-01',
  '2024-03-01',
  '2024-07-01',
  '2024-11-01',
  '2025-03-01',
] as const;

/** Extra versions a real client may send for the same resource family (e.g. @azure/arm-resources 8). */
export const ALSO_ACCEPTED: Record<keyof typeof API_VERSIONS, readonly string[]> = {
  subscriptions: SUBSCRIPTIONS_STABLE,
  // Microsoft.Subscription cancel, enable and rename: every stable version (2020-01-01 on).
  subscriptionOps: ['2020-09-01', '2020-01-01'],
  resources: RESOURCES_STABLE,
  // 2015-06-01: classic administrators as the Azure CLI 2.45 lists them.
  authorization: ['2015-07-01', '2018-01-01-preview', '2015-06-01'],
  support: ['2024-04-01'],
  billing: ['2020-05-01'],
  // 2022-11-01: the Azure CLI 2.45's compute version.
  compute: ['2023-09-01', '2022-11-01'],
  web: ['2022-09-01'],
  // 2022-09-01: the Azure CLI 2.45's storage version.
  storage: ['2023-01-01', '2022-09-01'],
  sql: ['2021-11-01'],
};

export type ApiFamily = keyof typeof API_VERSIONS;

/** Every api-version the mock accepts for a family: the stable one first, then the extras. */
export function acceptedApiVersions(family: ApiFamily): readonly string[] {
  return [API_VERSIONS[family], ...ALSO_ACCEPTED[family]];
}

/** The version the portal reads classic administrators with (one of the `authorization` extras). */
export const CLASSIC_ADMINISTRATORS_API_VERSION = '2015-07-01';
