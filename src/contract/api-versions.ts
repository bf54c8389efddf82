// Every ARM call carries an api-version. These are the ones the clone accepts: the stable versions
// named in the public contract plus those the official Azure SDK for JavaScript sends.
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

/** Extra versions a real client may send for the same resource family (e.g. @azure/arm-resources 8). */
export const ALSO_ACCEPTED: Record<keyof typeof API_VERSIONS, readonly string[]> = {
  subscriptions: ['2016-06-01', '2020-01-01', '2021-01-01'],
  subscriptionOps: ['2020-09-01'],
  resources: ['2025-04-01', '2022-09-01'],
  authorization: ['2015-07-01', '2018-01-01-preview'],
  support: ['2024-04-01'],
  billing: ['2020-05-01'],
  compute: ['2023-09-01'],
  web: ['2022-09-01'],
  storage: ['2023-01-01'],
  sql: ['2021-11-01'],
};

export type ApiFamily = keyof typeof API_VERSIONS;

/** Every api-version the mock accepts for a family: the stable one first, then the extras. */
export function acceptedApiVersions(family: ApiFamily): readonly string[] {
  return [API_VERSIONS[family], ...ALSO_ACCEPTED[family]];
}

/** Real ARM serves classic administrators in this version only (one of the `authorization` extras). */
export const CLASSIC_ADMINISTRATORS_API_VERSION = '2015-07-01';
