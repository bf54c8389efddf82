import { LOCATION_METADATA_SINCE, type Location } from '@/contract/locations';
import type { World } from '@/domain/model';

// The regions `GET /subscriptions/{id}/locations` lists: a fixed set of Azure's public regions, as
// ARM describes them, plus any other location the scenario's resources use.

interface Region {
  name: string;
  displayName: string;
  /** ARM's `geographyGroup`, shown in parentheses in `regionalDisplayName`. */
  group: string;
  geography: string;
  physicalLocation: string;
  latitude: string;
  longitude: string;
  paired: string;
}

// prettier-ignore
const REGIONS: readonly Region[] = [
  { name: 'eastus', displayName: 'East US', group: 'US', geography: 'United States', physicalLocation: 'Virginia', latitude: '37.3719', longitude: '-79.8164', paired: 'westus' },
  { name: 'eastus2', displayName: 'East US 2', group: 'US', geography: 'United States', physicalLocation: 'Virginia', latitude: '36.6681', longitude: '-78.3889', paired: 'centralus' },
  { name: 'southcentralus', displayName: 'South Central US', group: 'US', geography: 'United States', physicalLocation: 'Texas', latitude: '29.4167', longitude: '-98.5', paired: 'northcentralus' },
  { name: 'westus2', displayName: 'West US 2', group: 'US', geography: 'United States', physicalLocation: 'Washington', latitude: '47.233', longitude: '-119.852', paired: 'westcentralus' },
  { name: 'westus3', displayName: 'West US 3', group: 'US', geography: 'United States', physicalLocation: 'Phoenix', latitude: '33.448376', longitude: '-112.074036', paired: 'eastus' },
  { name: 'centralus', displayName: 'Central US', group: 'US', geography: 'United States', physicalLocation: 'Iowa', latitude: '41.5908', longitude: '-93.6208', paired: 'eastus2' },
  { name: 'northcentralus', displayName: 'North Central US', group: 'US', geography: 'United States', physicalLocation: 'Illinois', latitude: '41.8819', longitude: '-87.6278', paired: 'southcentralus' },
  { name: 'westus', displayName: 'West US', group: 'US', geography: 'United States', physicalLocation: 'California', latitude: '37.783', longitude: '-122.417', paired: 'eastus' },
  { name: 'canadacentral', displayName: 'Canada Central', group: 'Canada', geography: 'Canada', physicalLocation: 'Toronto', latitude: '43.653', longitude: '-79.383', paired: 'canadaeast' },
  { name: 'brazilsouth', displayName: 'Brazil South', group: 'South America', geography: 'Brazil', physicalLocation: 'Sao Paulo State', latitude: '-23.55', longitude: '-46.633', paired: 'southcentralus' },
  { name: 'northeurope', displayName: 'North Europe', group: 'Europe', geography: 'Europe', physicalLocation: 'Ireland', latitude: '53.3478', longitude: '-6.2597', paired: 'westeurope' },
  { name: 'westeurope', displayName: 'West Europe', group: 'Europe', geography: 'Europe', physicalLocation: 'Netherlands', latitude: '52.3667', longitude: '4.9', paired: 'northeurope' },
  { name: 'uksouth', displayName: 'UK South', group: 'Europe', geography: 'United Kingdom', physicalLocation: 'London', latitude: '50.941', longitude: '-0.799', paired: 'ukwest' },
  { name: 'francecentral', displayName: 'France Central', group: 'Europe', geography: 'France', physicalLocation: 'Paris', latitude: '46.3772', longitude: '2.373', paired: 'francesouth' },
  { name: 'germanywestcentral', displayName: 'Germany West Central', group: 'Europe', geography: 'Germany', physicalLocation: 'Frankfurt', latitude: '50.110924', longitude: '8.682127', paired: 'germanynorth' },
  { name: 'swedencentral', displayName: 'Sweden Central', group: 'Europe', geography: 'Sweden', physicalLocation: 'Gävle', latitude: '60.67488', longitude: '17.14127', paired: 'swedensouth' },
  { name: 'southeastasia', displayName: 'Southeast Asia', group: 'Asia Pacific', geography: 'Asia Pacific', physicalLocation: 'Singapore', latitude: '1.283', longitude: '103.833', paired: 'eastasia' },
  { name: 'eastasia', displayName: 'East Asia', group: 'Asia Pacific', geography: 'Asia Pacific', physicalLocation: 'Hong Kong', latitude: '22.267', longitude: '114.188', paired: 'southeastasia' },
  { name: 'japaneast', displayName: 'Japan East', group: 'Asia Pacific', geography: 'Japan', physicalLocation: 'Tokyo, Saitama', latitude: '35.68', longitude: '139.77', paired: 'japanwest' },
  { name: 'australiaeast', displayName: 'Australia East', group: 'Asia Pacific', geography: 'Australia', physicalLocation: 'New South Wales', latitude: '-33.86', longitude: '151.2094', paired: 'australiasoutheast' },
  { name: 'centralindia', displayName: 'Central India', group: 'Asia Pacific', geography: 'India', physicalLocation: 'Pune', latitude: '18.5822', longitude: '73.9197', paired: 'southindia' },
  { name: 'koreacentral', displayName: 'Korea Central', group: 'Asia Pacific', geography: 'Korea', physicalLocation: 'Seoul', latitude: '37.5665', longitude: '126.978', paired: 'koreasouth' },
  { name: 'southafricanorth', displayName: 'South Africa North', group: 'Africa', geography: 'South Africa', physicalLocation: 'Johannesburg', latitude: '-25.73134', longitude: '28.21837', paired: 'southafricawest' },
  { name: 'uaenorth', displayName: 'UAE North', group: 'Middle East', geography: 'UAE', physicalLocation: 'Dubai', latitude: '25.266666', longitude: '55.316666', paired: 'uaecentral' },
];

/** The first api-version whose regions carry a `type` (Region or EdgeZone). */
const LOCATION_TYPE_SINCE = '2021-01-01';

function locationId(subscriptionId: string, name: string): string {
  return `/subscriptions/${subscriptionId}/locations/${name}`;
}

function toLocation(subscriptionId: string, region: Region | string, apiVersion: string): Location {
  // A location a scenario uses that the fixed list lacks: its name is all the mock knows of it.
  const known = typeof region === 'string' ? undefined : region;
  const name = typeof region === 'string' ? region : region.name;
  const displayName = known?.displayName ?? name;
  const base = { id: locationId(subscriptionId, name), subscriptionId, name, displayName };
  // api-versions are ISO dates, so they compare as strings.
  if (apiVersion < LOCATION_METADATA_SINCE) {
    return known === undefined
      ? base
      : { ...base, latitude: known.latitude, longitude: known.longitude };
  }
  return {
    ...base,
    ...(apiVersion < LOCATION_TYPE_SINCE ? {} : { type: 'Region' as const }),
    regionalDisplayName: known === undefined ? name : `(${known.group}) ${displayName}`,
    metadata:
      known === undefined
        ? { regionType: 'Physical', regionCategory: 'Other' }
        : {
            regionType: 'Physical',
            regionCategory: 'Recommended',
            geography: known.geography,
            geographyGroup: known.group,
            longitude: known.longitude,
            latitude: known.latitude,
            physicalLocation: known.physicalLocation,
            pairedRegion: [{ name: known.paired, id: locationId(subscriptionId, known.paired) }],
          },
  };
}

/** Every region the subscription may use, in the shape of the api-version asked for. */
export function locationsFor(world: World, subscriptionId: string, apiVersion: string): Location[] {
  const known = new Set(REGIONS.map((r) => r.name));
  const extra = [...new Set(world.resources.map((r) => r.location.toLowerCase()))]
    .filter((name) => !known.has(name))
    .sort();
  return [...REGIONS, ...extra].map((region) => toLocation(subscriptionId, region, apiVersion));
}
