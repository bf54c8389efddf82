import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { locationListSchema } from '@/contract/locations';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, errorCode, useMockServer } from '../testing/mock-server-fixture';

const PROD = DEFAULT_IDS.production;
const locations = async (apiVersion: string) => {
  const res = await arm(`/subscriptions/${PROD}/locations`, { apiVersion });
  expect(res.status).toBe(200);
  return locationListSchema.parse(await res.json()).value;
};

describe('GET /subscriptions/{id}/locations (az account list-locations)', () => {
  useMockServer();

  it('lists Azure’s regions, every region the scenario’s resources use among them', async () => {
    const value = await locations(API_VERSIONS.subscriptions);
    const names = value.map((l) => l.name);
    for (const used of ['eastus', 'westeurope', 'northeurope', 'westus2', 'centralus', 'uksouth'])
      expect(names).toContain(used);
    expect(new Set(names).size).toBe(names.length);
    expect(value.find((l) => l.name === 'westeurope')).toMatchObject({
      id: `/subscriptions/${PROD}/locations/westeurope`,
      subscriptionId: PROD,
      type: 'Region',
      displayName: 'West Europe',
      regionalDisplayName: '(Europe) West Europe',
      metadata: {
        regionType: 'Physical',
        geographyGroup: 'Europe',
        pairedRegion: [{ name: 'northeurope' }],
      },
    });
  });

  it('answers each api-version in its own shape: metadata from 2019-11-01, latitude before', async () => {
    const cli = await locations('2019-11-01');
    expect(cli[0]).toHaveProperty('metadata.latitude');
    expect(cli[0]).not.toHaveProperty('type');
    const hybrid = await locations('2016-06-01');
    expect(hybrid[0]).toHaveProperty('latitude');
    expect(hybrid[0]).not.toHaveProperty('metadata');
  });

  it('hides a subscription the caller cannot see (404) and refuses an unknown version (400)', async () => {
    const missing = await arm('/subscriptions/00000000-0000-0000-0000-000000000000/locations', {
      apiVersion: API_VERSIONS.subscriptions,
    });
    expect(await errorCode(missing)).toBe('SubscriptionNotFound');
    const wrong = await arm(`/subscriptions/${PROD}/locations`, { apiVersion: '2021-04-01' });
    expect(await errorCode(wrong)).toBe('InvalidApiVersionParameter');
  });
});
