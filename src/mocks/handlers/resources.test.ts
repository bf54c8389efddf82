import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import {
  blobContainerSchema,
  expandedResourceListSchema,
  imageSchema,
  resourceGroupListSchema,
  resourceGroupSchema,
  resourceListSchema,
  RESOURCE_TYPES,
  type GenericResource,
} from '@/contract/resources';
import { TEST_ARM_BASE_URL } from '../node';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, demo, errorCode, useMockServer } from '../testing/mock-server-fixture';

const PROD = DEFAULT_IDS.production;
const LEGACY = DEFAULT_IDS.legacyMarketing;
const rg = (sub: string, group: string): string => `/subscriptions/${sub}/resourceGroups/${group}`;
const vmId = (sub: string, group: string, name: string): string =>
  `${rg(sub, group)}/providers/Microsoft.Compute/virtualMachines/${name}`;
const WEB_VM = vmId(PROD, 'rg-prod-web', 'vm-prod-web-01');
const PROD_STORAGE = `${rg(PROD, 'rg-prod-data')}/providers/Microsoft.Storage/storageAccounts/stcontosoprod001`;
const LEGACY_STORAGE = `${rg(LEGACY, 'rg-marketing-web')}/providers/Microsoft.Storage/storageAccounts/stlegacymkt001`;

/** The list as the portal reads it, with our `properties` extension. */
async function resources(sub: string): Promise<GenericResource[]> {
  const res = await arm(`/subscriptions/${sub}/resources?$expand=properties`, {
    apiVersion: API_VERSIONS.resources,
  });
  expect(res.status).toBe(200);
  return expandedResourceListSchema.parse(await res.json()).value;
}

function byName(list: GenericResource[], name: string): GenericResource | undefined {
  return list.find((r) => r.name === name);
}

describe('resources', () => {
  useMockServer();

  it('lists Contoso Production’s resources with power state and public IPs (2021-04-01 and 2025-04-01)', async () => {
    const list = await resources(PROD);
    expect(list.map((r) => r.type).sort()).toEqual([
      'Microsoft.Compute/virtualMachines',
      'Microsoft.Compute/virtualMachines',
      'Microsoft.Sql/servers/databases',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.Web/sites',
    ]);
    const allocations = list.flatMap((r) =>
      r.type === 'Microsoft.Compute/virtualMachines' ? [r.properties.publicIp?.allocation] : [],
    );
    expect(allocations.sort()).toEqual(['Dynamic', 'Static']);
    expect(
      (await arm(`/subscriptions/${PROD}/resources`, { apiVersion: '2025-04-01' })).status,
    ).toBe(200);
  });

  it('R6: Legacy Marketing’s VM is deallocated, its dynamic IP released, its storage read-only', async () => {
    const list = await resources(LEGACY);
    const vm = byName(list, 'vm-mkt-web-01');
    expect(vm?.type === 'Microsoft.Compute/virtualMachines' && vm.properties).toMatchObject({
      powerState: 'deallocated',
      publicIp: { address: null, released: true },
    });
    const storage = byName(list, 'stlegacymkt001');
    expect(storage?.type === 'Microsoft.Storage/storageAccounts' && storage.properties.access).toBe(
      'read-only',
    );
  });

  it('R2: powerOff and deallocate a VM (200), the list updates', async () => {
    const off = await arm(`${WEB_VM}/powerOff`, {
      method: 'POST',
      apiVersion: API_VERSIONS.compute,
    });
    expect(off.status).toBe(200);
    const vm = byName(await resources(PROD), 'vm-prod-web-01');
    expect(vm?.type === 'Microsoft.Compute/virtualMachines' && vm.properties.powerState).toBe(
      'stopped',
    );
    expect(
      (await arm(`${WEB_VM}/deallocate`, { method: 'POST', apiVersion: API_VERSIONS.compute }))
        .status,
    ).toBe(200);
    expect(
      (await arm(`${WEB_VM}/reboot`, { method: 'POST', apiVersion: API_VERSIONS.compute })).status,
    ).toBe(404);
  });

  it('R2: stop the web app (200)', async () => {
    const site = `${rg(PROD, 'rg-prod-web')}/providers/Microsoft.Web/sites/app-contoso-storefront`;
    expect(
      (await arm(`${site}/stop`, { method: 'POST', apiVersion: API_VERSIONS.web })).status,
    ).toBe(200);
    const app = byName(await resources(PROD), 'app-contoso-storefront');
    expect(app?.type === 'Microsoft.Web/sites' && app.properties.state).toBe('Stopped');
  });

  it('R1: reader gets 403 AuthorizationFailed on a VM action', async () => {
    const res = await arm(`${WEB_VM}/start`, {
      method: 'POST',
      apiVersion: API_VERSIONS.compute,
      persona: 'reader',
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('AuthorizationFailed');
  });

  it('R6: writes on a disabled subscription answer 409 ReadOnlyDisabledSubscription', async () => {
    const start = await arm(`${vmId(LEGACY, 'rg-marketing-web', 'vm-mkt-web-01')}/start`, {
      method: 'POST',
      apiVersion: API_VERSIONS.compute,
    });
    expect(start.status).toBe(409);
    expect(await errorCode(start)).toBe('ReadOnlyDisabledSubscription');
    const container = await arm(`${LEGACY_STORAGE}/blobServices/default/containers/new-one`, {
      method: 'PUT',
      apiVersion: API_VERSIONS.storage,
      body: {},
    });
    expect(container.status).toBe(409);
  });

  it('R6: a backup download still works on a disabled subscription (JSON attachment)', async () => {
    const res = await arm(`${LEGACY_STORAGE}/download`, { apiVersion: API_VERSIONS.storage });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="stlegacymkt001-backup-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const file = (await res.json()) as { storageAccount: string; containers: { name: string }[] };
    expect(file.storageAccount).toBe('stlegacymkt001');
    expect(file.containers.map((c) => c.name)).toEqual(['campaign-assets', 'exports']);
  });

  it('R2: a SQL database downloads as CSV', async () => {
    const db = `${rg(PROD, 'rg-prod-data')}/providers/Microsoft.Sql/servers/sql-contoso-prod/databases/sqldb-orders`;
    const res = await arm(`${db}/download`, { apiVersion: API_VERSIONS.sql });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect((await res.text()).split('\r\n')[0]).toBe('id,customer,amount,currency,created_at');
  });

  it('R2: creates a storage container (201) and saves a VM image (201); 400 for malformed JSON', async () => {
    const created = await arm(`${PROD_STORAGE}/blobServices/default/containers/pre-cancel-backup`, {
      method: 'PUT',
      apiVersion: API_VERSIONS.storage,
      body: { properties: { publicAccess: 'None' } },
    });
    expect(created.status).toBe(201);
    expect(blobContainerSchema.parse(await created.json()).name).toBe('pre-cancel-backup');
    const image = await arm(
      `${rg(PROD, 'rg-prod-web')}/providers/Microsoft.Compute/images/web-01-final`,
      {
        method: 'PUT',
        apiVersion: API_VERSIONS.compute,
        body: { location: 'eastus', properties: { sourceVirtualMachine: { id: WEB_VM } } },
      },
    );
    expect(image.status).toBe(201);
    expect(imageSchema.parse(await image.json()).properties.sourceVirtualMachine.id).toBe(WEB_VM);
    const vm = byName(await resources(PROD), 'vm-prod-web-01');
    expect(
      vm?.type === 'Microsoft.Compute/virtualMachines' && vm.properties.images.map((i) => i.name),
    ).toEqual(['web-01-final']);
    const malformed = await arm(`${rg(PROD, 'rg-prod-web')}/providers/Microsoft.Compute/images/x`, {
      method: 'PUT',
      apiVersion: API_VERSIONS.compute,
      rawBody: '{',
    });
    expect(await errorCode(malformed)).toBe('InvalidRequestContent');
  });

  it('resource groups: list, get, put (201 then 200), 404 ResourceGroupNotFound', async () => {
    const list = resourceGroupListSchema.parse(
      await (
        await arm(`/subscriptions/${PROD}/resourcegroups`, { apiVersion: API_VERSIONS.resources })
      ).json(),
    );
    expect(list.value.map((g) => g.name)).toEqual(['rg-prod-web', 'rg-prod-data']);
    const put = (): Promise<Response> =>
      arm(`/subscriptions/${PROD}/resourcegroups/rg-archive`, {
        method: 'PUT',
        apiVersion: API_VERSIONS.resources,
        body: { location: 'eastus' },
      });
    expect((await put()).status).toBe(201);
    const again = await put();
    expect(again.status).toBe(200);
    expect(resourceGroupSchema.parse(await again.json()).name).toBe('rg-archive');
    const missing = await arm(`/subscriptions/${PROD}/resourcegroups/nope`, {
      apiVersion: API_VERSIONS.resources,
    });
    expect(await errorCode(missing)).toBe('ResourceGroupNotFound');
  });

  it('R2: validate then move a storage account to Dev/Test (204, 204); the resource gets a new id', async () => {
    const body = {
      resources: [PROD_STORAGE],
      targetResourceGroup: rg(DEFAULT_IDS.devTest, 'rg-devtest'),
    };
    const validate = await arm(`${rg(PROD, 'rg-prod-data')}/validateMoveResources`, {
      apiVersion: API_VERSIONS.resources,
      body,
    });
    expect(validate.status).toBe(204);
    expect(byName(await resources(PROD), 'stcontosoprod001')).toBeDefined();
    const move = await arm(`${rg(PROD, 'rg-prod-data')}/moveResources`, {
      apiVersion: API_VERSIONS.resources,
      body,
    });
    expect(move.status).toBe(204);
    expect(byName(await resources(PROD), 'stcontosoprod001')).toBeUndefined();
    expect(byName(await resources(DEFAULT_IDS.devTest), 'stcontosoprod001')?.id).toContain(
      DEFAULT_IDS.devTest,
    );
  });

  it('R6: moving out of a disabled subscription answers 409', async () => {
    const body = { resources: [LEGACY_STORAGE], targetResourceGroup: rg(PROD, 'rg-prod-data') };
    const res = await arm(`${rg(LEGACY, 'rg-marketing-web')}/moveResources`, {
      apiVersion: API_VERSIONS.resources,
      body,
    });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('ReadOnlyDisabledSubscription');
  });

  it('R9: a deleted subscription lists no resources', async () => {
    await demo('clock', { advanceMs: 6 * 86_400_000 });
    expect(await resources(DEFAULT_IDS.sandbox)).toEqual([]);
  });
});

describe('the Azure tools’ resource calls (contract §10)', () => {
  useMockServer();

  const list = async (path: string, apiVersion: string = API_VERSIONS.resources) => {
    const res = await arm(path, { apiVersion });
    expect(res.status).toBe(200);
    return resourceListSchema.parse(await res.json()).value;
  };
  const head = (path: string, persona = 'admin'): Promise<Response> =>
    fetch(`${TEST_ARM_BASE_URL}${path}?api-version=${API_VERSIONS.resources}`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer persona:${persona}` },
    });

  it('the generic list has ARM’s shape: no properties unless $expand asks, so az resource list -o table prints', async () => {
    const items = await list(`/subscriptions/${PROD}/resources`);
    expect(items.length).toBe(5);
    for (const item of items) {
      expect(item).not.toHaveProperty('properties');
      expect(item).not.toHaveProperty('provisioningState');
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'name', 'type', 'location']));
    }
    expect(items.find((r) => r.type === RESOURCE_TYPES.storage)).toMatchObject({
      kind: 'StorageV2',
      sku: { name: 'Standard_LRS' },
    });
    // What the Azure CLI asks for: ARM's own expansions, still without our properties.
    const expanded = await list(
      `/subscriptions/${PROD}/resources?$expand=createdTime,changedTime,provisioningState`,
    );
    expect(expanded.every((r) => r.provisioningState === 'Succeeded')).toBe(true);
    expect(expanded.some((r) => 'properties' in r)).toBe(false);
  });

  it('$expand=properties adds the portal’s state, beside ARM’s own expansions', async () => {
    const res = await arm(`/subscriptions/${PROD}/resources?$expand=provisioningState,Properties`, {
      apiVersion: API_VERSIONS.resources,
    });
    const body: unknown = await res.json();
    const items = expandedResourceListSchema.parse(body).value;
    expect(items.every((r) => typeof r.properties === 'object')).toBe(true);
    expect(resourceListSchema.parse(body).value.every((r) => r.provisioningState)).toBe(true);
  });

  it('$filter narrows the list as az resource list -g/-n/--resource-type/--tag asks', async () => {
    const sub = `/subscriptions/${PROD}/resources`;
    const names = async (filter: string) =>
      (await list(`${sub}?$filter=${encodeURIComponent(filter)}`)).map((r) => r.name).sort();
    expect(await names("resourceGroup eq 'RG-PROD-DATA'")).toEqual(
      ['sqldb-orders', 'stcontosoprod001'].sort(),
    );
    expect(await names("resourceType eq 'Microsoft.Compute/virtualMachines'")).toHaveLength(2);
    expect(
      await names("resourceGroup eq 'rg-prod-web' and resourceType eq 'Microsoft.Web/sites'"),
    ).toEqual(['app-contoso-storefront']);
    expect(await names("name eq 'vm-prod-web-01'")).toEqual(['vm-prod-web-01']);
    expect(await names("substringof('contoso', name)")).toContain('app-contoso-storefront');
    expect(await names("tagName eq 'no-such-tag'")).toEqual([]);
    const refused = await arm(`${sub}?$filter=${encodeURIComponent("plan/publisher eq 'x'")}`, {
      apiVersion: API_VERSIONS.resources,
    });
    expect(refused.status).toBe(400);
    expect(await errorCode(refused)).toBe('InvalidFilterInQueryString');
  });

  it('a resource group’s resources (list_by_resource_group), 404 for an unknown group', async () => {
    const items = await list(`${rg(PROD, 'rg-prod-web')}/resources`);
    expect(items.map((r) => r.name).sort()).toEqual(
      ['app-contoso-storefront', 'vm-prod-api-01', 'vm-prod-web-01'].sort(),
    );
    expect(items.every((r) => !('properties' in r))).toBe(true);
    const missing = await arm(`${rg(PROD, 'nope')}/resources`, {
      apiVersion: API_VERSIONS.resources,
    });
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe('ResourceGroupNotFound');
  });

  it('paths match ARM’s case-insensitive segments (resourcegroups, RESOURCES, Providers)', async () => {
    expect(await list(`/SUBSCRIPTIONS/${PROD}/RESOURCEGROUPS/rg-prod-web/RESOURCES`)).toHaveLength(
      3,
    );
    expect(await list(`/subscriptions/${PROD}/resourcegroups/RG-PROD-WEB/resources`)).toHaveLength(
      3,
    );
    expect(
      (
        await arm(`/subscriptions/${PROD}/ResourceGroups/rg-prod-web`, {
          apiVersion: API_VERSIONS.resources,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await arm(
          `/subscriptions/${PROD}/resourceGroups/rg-prod-web/PROVIDERS/microsoft.compute/VIRTUALMACHINES/vm-prod-web-01/powerOff`,
          { method: 'POST', apiVersion: API_VERSIONS.compute },
        )
      ).status,
    ).toBe(200);
  });

  it('HEAD on a resource group: 204 when it exists, 404 when not, never a body', async () => {
    const found = await head(`/subscriptions/${PROD}/resourcegroups/RG-prod-web`);
    expect(found.status).toBe(204);
    expect(await found.text()).toBe('');
    const missing = await head(`/subscriptions/${PROD}/resourcegroups/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('');
    // An unknown caller is refused as on GET (over HTTP a HEAD answer never carries the body).
    expect((await head(`/subscriptions/${PROD}/resourcegroups/rg-prod-web`, 'nobody')).status).toBe(
      401,
    );
  });

  it('R9: a deleted subscription has no groups: HEAD answers 404', async () => {
    await demo('clock', { advanceMs: 6 * 86_400_000 });
    expect(
      (await head(`/subscriptions/${DEFAULT_IDS.sandbox}/resourcegroups/rg-sandbox`)).status,
    ).toBe(404);
  });

  it.each(['2021-04-01', '2019-10-01', '2018-05-01', '2022-09-01', '2025-04-01', '2015-11-01'])(
    'api-version %s (az 2.45 profiles, the Python and JavaScript SDKs) is accepted',
    async (apiVersion) => {
      expect(await list(`/subscriptions/${PROD}/resources`, apiVersion)).toHaveLength(5);
    },
  );

  it('a version the specs do not publish for resources answers 400 InvalidApiVersionParameter', async () => {
    const res = await arm(`/subscriptions/${PROD}/resources`, { apiVersion: '2022-12-01' });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('InvalidApiVersionParameter');
  });
});
