import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { armErrorSchema } from '@/contract/errors';
import { createHandlers } from './handlers/create-handlers';
import { DEFAULT_IDS } from './scenarios/default-ids';
import { createMemoryStorage } from './store/key-value-storage';
import { createMockStore, type MockStore } from './store/mock-store';

// Security matrix (R1): every persona × every action × every subscription of `default`,
// plus no token and an unknown persona. The expected answer comes from the public contract's role
// table (contract §4 and lifecycle.md "Roles"), written out here independently of the mock's own
// permission rules: Account admin may do everything; Service admin, Co-administrator, Owner and
// Contributor everything but cancel and reactivate; Reader only reads and support requests.

const ARM = 'https://management.azure.com';
const START = Date.parse('2026-03-15T09:00:00.000Z');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const MALFORMED = 'not-a-guid';
const V = API_VERSIONS;

type Role = 'Account admin' | 'Owner' | 'Reader';
type Need = 'read' | 'write' | 'cancel' | 'enable' | 'support';

/** Contract §4: the admin's roles per subscription; `owner` and `reader` hold one role on all seven. */
const ADMIN_ROLES: Record<string, Role> = {
  [DEFAULT_IDS.production]: 'Account admin',
  [DEFAULT_IDS.devTest]: 'Account admin',
  [DEFAULT_IDS.freeTrial]: 'Account admin',
  [DEFAULT_IDS.enterprise]: 'Owner',
  [DEFAULT_IDS.fabrikam]: 'Reader',
  [DEFAULT_IDS.legacyMarketing]: 'Account admin',
  [DEFAULT_IDS.sandbox]: 'Account admin',
};

function roleOf(persona: string, subscriptionId: string): Role | undefined {
  if (!Object.values(DEFAULT_IDS).includes(subscriptionId as never)) return undefined;
  if (persona === 'admin') return ADMIN_ROLES[subscriptionId];
  return persona === 'owner' ? 'Owner' : 'Reader';
}

function allowed(role: Role, need: Need): boolean {
  if (role === 'Account admin') return true;
  if (role === 'Owner') return need !== 'cancel' && need !== 'enable';
  return need === 'read' || need === 'support';
}

interface Action {
  name: string;
  need: Need;
  /** The handler's route under the ARM base, to prove every write route is in the matrix. */
  route: string;
  method: 'GET' | 'POST' | 'PUT';
  version: string;
  path: (sub: string) => string;
  body?: (sub: string) => unknown;
}

const RG = '/subscriptions/:subscriptionId/resourceGroups/:resourceGroup/providers';
const rg = (sub: string): string => `/subscriptions/${sub}/resourceGroups/rg-matrix`;
const vm = (sub: string): string => `${rg(sub)}/providers/Microsoft.Compute/virtualMachines/vm-x`;
const OPS = '/subscriptions/:subscriptionId/providers/Microsoft.Subscription';
const ops = (sub: string): string => `/subscriptions/${sub}/providers/Microsoft.Subscription`;
const TICKETS = '/subscriptions/:subscriptionId/providers/Microsoft.Support/supportTickets';

const ACTIONS: Action[] = [
  // Writes: every POST and PUT route of the mock.
  {
    name: 'cancel',
    need: 'cancel',
    route: `${OPS}/cancel`,
    method: 'POST',
    version: V.subscriptionOps,
    path: (s) => `${ops(s)}/cancel`,
  },
  {
    name: 'enable',
    need: 'enable',
    route: `${OPS}/enable`,
    method: 'POST',
    version: V.subscriptionOps,
    path: (s) => `${ops(s)}/enable`,
  },
  {
    name: 'rename',
    need: 'write',
    route: `${OPS}/rename`,
    method: 'POST',
    version: V.subscriptionOps,
    path: (s) => `${ops(s)}/rename`,
    body: () => ({ subscriptionName: 'Matrix' }),
  },
  {
    name: 'create resource group',
    need: 'write',
    route: '/subscriptions/:subscriptionId/resourcegroups/:resourceGroup',
    method: 'PUT',
    version: V.resources,
    path: (s) => `/subscriptions/${s}/resourcegroups/rg-matrix`,
    body: () => ({ location: 'eastus' }),
  },
  ...(['start', 'powerOff', 'deallocate'] as const).map((action): Action => ({
    name: `VM ${action}`,
    need: 'write',
    route: `${RG}/Microsoft.Compute/virtualMachines/:name/:action`,
    method: 'POST',
    version: V.compute,
    path: (s) => `${vm(s)}/${action}`,
  })),
  ...(['start', 'stop'] as const).map((action): Action => ({
    name: `web app ${action}`,
    need: 'write',
    route: `${RG}/Microsoft.Web/sites/:name/:action`,
    method: 'POST',
    version: V.web,
    path: (s) => `${rg(s)}/providers/Microsoft.Web/sites/app-x/${action}`,
  })),
  {
    name: 'create container',
    need: 'write',
    route: `${RG}/Microsoft.Storage/storageAccounts/:account/blobServices/default/containers/:container`,
    method: 'PUT',
    version: V.storage,
    path: (s) =>
      `${rg(s)}/providers/Microsoft.Storage/storageAccounts/stx/blobServices/default/containers/matrix`,
    body: () => ({}),
  },
  {
    name: 'save VM image',
    need: 'write',
    route: `${RG}/Microsoft.Compute/images/:name`,
    method: 'PUT',
    version: V.compute,
    path: (s) => `${rg(s)}/providers/Microsoft.Compute/images/img-matrix`,
    body: (s) => ({ location: 'eastus', properties: { sourceVirtualMachine: { id: vm(s) } } }),
  },
  ...(['validateMoveResources', 'moveResources'] as const).map((verb): Action => ({
    name: verb,
    need: 'write',
    route: `/subscriptions/:subscriptionId/resourceGroups/:resourceGroup/${verb}`,
    method: 'POST',
    version: V.resources,
    path: (s) => `${rg(s)}/${verb}`,
    body: (s) => ({
      resources: [vm(s)],
      targetResourceGroup: `/subscriptions/${s}/resourceGroups/rg-b`,
    }),
  })),
  {
    name: 'file a support request',
    need: 'support',
    route: `${TICKETS}/:name`,
    method: 'PUT',
    version: V.support,
    path: (s) =>
      `/subscriptions/${s}/providers/Microsoft.Support/supportTickets/matrix-${s.slice(-4)}`,
    body: () => ({ properties: { title: 'Help', description: 'Matrix', problemType: 'billing' } }),
  },
  // What cancelling would do is answered to those who may cancel (contract: 403 as cancel).
  {
    name: 'cancel preview',
    need: 'cancel',
    route: '',
    method: 'GET',
    version: V.subscriptionOps,
    path: (s) => `${ops(s)}/cancelPreview`,
  },
  // Reads scoped to one subscription.
  ...(
    [
      ['get subscription', '/subscriptions/:subscriptionId', V.subscriptions, ''],
      ['permissions', '', V.authorization, '/providers/Microsoft.Authorization/permissions'],
      [
        'role assignment',
        '',
        V.authorization,
        '/providers/Microsoft.Authorization/roleAssignments',
      ],
      ['billing', '', V.billing, '/providers/Microsoft.Billing/billingSubscriptions/default'],
      ['resources', '', V.resources, '/resources'],
      ['resource groups', '', V.resources, '/resourcegroups'],
      ['support requests', '', V.support, '/providers/Microsoft.Support/supportTickets'],
    ] as const
  ).map(([name, , version, suffix]): Action => ({
    name,
    need: 'read',
    route: '',
    method: 'GET',
    version,
    path: (s) => `/subscriptions/${s}${suffix}`,
  })),
];

const PERSONAS = ['admin', 'owner', 'reader'] as const;
const SUBSCRIPTIONS = [...Object.values(DEFAULT_IDS), UNKNOWN, MALFORMED];

interface Cell {
  persona: string | null;
  action: string;
  subscription: string;
  status: number;
  code: string;
  changed: boolean;
}

function freshMock(): { store: MockStore; handlers: HttpHandler[] } {
  const store = createMockStore({
    storage: createMemoryStorage(),
    scenario: 'default',
    fresh: true,
    systemNow: () => START,
  });
  return {
    store,
    handlers: createHandlers({ armBaseUrl: ARM, demoBaseUrl: 'http://localhost', store }),
  };
}

async function play(
  { store, handlers }: { store: MockStore; handlers: HttpHandler[] },
  persona: string | null,
  subscription: string,
  action: Action,
): Promise<Cell> {
  const url = new URL(`${ARM}${action.path(subscription)}`);
  url.searchParams.set('api-version', action.version);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (persona !== null) headers.Authorization = `Bearer persona:${persona}`;
  const body = action.body?.(subscription);
  const before = store.world();
  const response = await getResponse(
    handlers,
    new Request(url, {
      method: action.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (response === undefined) throw new Error(`no handler for ${action.method} ${url.pathname}`);
  const parsed = armErrorSchema.safeParse(await response.json().catch(() => null));
  return {
    persona,
    action: action.name,
    subscription,
    status: response.status,
    code: parsed.success ? parsed.data.error.code : '',
    changed: store.world() !== before,
  };
}

/** What the contract says this cell must answer; `undefined` when the call is allowed. */
function expected(
  persona: string | null,
  subscription: string,
  action: Action,
): string | undefined {
  if (persona === null || !PERSONAS.includes(persona as never)) return '401 AuthenticationFailed';
  const role = roleOf(persona, subscription);
  if (role === undefined) return '404';
  return allowed(role, action.need) ? undefined : '403 AuthorizationFailed';
}

function verdict(cell: Cell, action: Action): string | undefined {
  const want = expected(cell.persona, cell.subscription, action);
  const got = `${cell.status} ${cell.code}`;
  if (want === undefined) {
    if (cell.status === 401 || cell.status === 403) return `allowed, but answered ${got}`;
    return undefined;
  }
  if (cell.changed) return `refused (${want}) must change nothing, but the world changed`;
  if (want === '404') return cell.status === 404 ? undefined : `expected 404, got ${got}`;
  return got === want ? undefined : `expected ${want}, got ${got}`;
}

async function matrix(
  personas: readonly (string | null)[],
): Promise<{ cells: number; wrong: string[] }> {
  const wrong: string[] = [];
  let cells = 0;
  for (const persona of personas) {
    // One world per persona: who may do what never depends on the state earlier cells left, and
    // each cell compares the world before and after itself.
    const mock = freshMock();
    for (const subscription of SUBSCRIPTIONS) {
      for (const action of ACTIONS) {
        const cell = await play(mock, persona, subscription, action);
        cells += 1;
        const problem = verdict(cell, action);
        if (problem !== undefined) {
          wrong.push(`${String(persona)} × ${action.name} × ${subscription}: ${problem}`);
        }
      }
    }
  }
  return { cells, wrong };
}

describe('R1: security matrix, persona × action × subscription', () => {
  it('R1: each persona gets exactly what its role allows on every subscription, and a refusal changes nothing', async () => {
    const { cells, wrong } = await matrix(PERSONAS);
    expect(wrong).toEqual([]);
    expect(cells).toBe(PERSONAS.length * SUBSCRIPTIONS.length * ACTIONS.length);
  });

  it('R1: no token, or a token naming no persona, is 401 AuthenticationFailed on every call', async () => {
    const { cells, wrong } = await matrix([null, 'mallory', '']);
    expect(wrong).toEqual([]);
    expect(cells).toBe(3 * SUBSCRIPTIONS.length * ACTIONS.length);
    const { store, handlers } = freshMock();
    for (const path of [
      '/subscriptions',
      '/tenants',
      '/providers/Microsoft.Billing/billingSubscriptions',
      '/providers/Microsoft.Authorization/roleAssignments',
      '/providers/Microsoft.Support/supportTickets',
    ]) {
      const response = await getResponse(
        handlers,
        new Request(`${ARM}${path}?api-version=2022-12-01`),
      );
      expect(response?.status, path).toBe(401);
    }
    expect(store.world().subscriptions).toHaveLength(7);
  });

  it('R1: every write route of the mock is in the matrix, so none goes unchecked', () => {
    const { handlers } = freshMock();
    const writeRoutes = handlers
      .map((handler) => handler.info as { method: unknown; path: unknown })
      .filter((info) => typeof info.method === 'string' && info.method !== 'GET')
      .map((info) => String(info.path))
      .filter((path) => path.startsWith(ARM))
      .map((path) => path.slice(ARM.length));
    const covered = new Set(ACTIONS.filter((a) => a.method !== 'GET').map((a) => a.route));
    expect(writeRoutes.filter((route) => !covered.has(route))).toEqual([]);
    expect(writeRoutes.length).toBeGreaterThanOrEqual(10);
  });

  it('R1: saving an image is authorised on the subscription it is written to, not only on its source VM', async () => {
    // The admin is Account admin of Production (the VM) but only Reader of Fabrikam (the URL).
    const { store, handlers } = freshMock();
    const source = store
      .world()
      .resources.find(
        (r) =>
          r.subscriptionId === DEFAULT_IDS.production &&
          r.type === 'Microsoft.Compute/virtualMachines',
      );
    const response = await getResponse(
      handlers,
      new Request(
        `${ARM}/subscriptions/${DEFAULT_IDS.fabrikam}/resourceGroups/rg-analytics/providers/Microsoft.Compute/images/img-x?api-version=${V.compute}`,
        {
          method: 'PUT',
          headers: { Authorization: 'Bearer persona:admin', 'Content-Type': 'application/json' },
          body: JSON.stringify({
            location: 'eastus',
            properties: { sourceVirtualMachine: { id: source?.id } },
          }),
        },
      ),
    );
    expect(response?.status).toBe(403);
  });
});
