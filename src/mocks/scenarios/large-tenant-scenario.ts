import type { CancelReasonCode, EpochMs, StoredSubscription, World } from '@/domain/model';
import type { OfferKey } from '@/domain/offers';
import type { Role } from '@/domain/roles';
import type { StoredResource } from '@/domain/stored-resources';
import type { SupportPlanKey } from '@/domain/support-plans';
import { MAX_PROPAGATION_DELAY_MS } from '@/domain/dates';
import { CANCEL_REASON_CODES, WORLD_VERSION } from '@/domain/model';
import { pick, propagationDelayFor, publicIpFor, randomInt, seededRandom } from '@/domain/random';
import { DAY_MS, MINUTE_MS } from '@/domain/time';
import { deterministicGuid } from './ids';
import { CONTOSO_TENANT_ID, contosoPersonas } from './personas';
import { place, storageAccount, vm } from './resource-builders';

// `large-tenant`: 5,000 subscriptions of mixed offers, states and roles from a seeded PRNG, so the
// same load time always gives the same tenant. Only every 100th subscription holds resources, which
// keeps the world small; the saved state holds just the differences anyway (world-patch.ts).

export const LARGE_TENANT_SCENARIO_ID = 'large-tenant';
export const LARGE_TENANT_SIZE = 5_000;

const UNITS = [
  'Finance',
  'Retail',
  'Logistics',
  'Marketing',
  'Research',
  'Platform',
  'Data',
  'Security',
  'HR',
  'Sales',
];
const PURPOSES = [
  'Production',
  'Staging',
  'Dev/Test',
  'Sandbox',
  'Analytics',
  'Shared Services',
  'Backup',
  'Labs',
];
const REGIONS = [
  'eastus',
  'eastus2',
  'westus2',
  'westeurope',
  'northeurope',
  'uksouth',
  'southeastasia',
  'japaneast',
];

// Whom a user who may not cancel is told to ask (R1), where none of the personas is the account
// administrator: one of the tenant's billing people.
const ACCOUNT_ADMINS = [
  ['Morgan Patel', 'morgan.patel'],
  ['Priya Raman', 'priya.raman'],
  ['Diego Alvarez', 'diego.alvarez'],
  ['Hannah Becker', 'hannah.becker'],
  ['Wei Zhang', 'wei.zhang'],
] as const;

type Weighted<T> = readonly (readonly [T, number])[];

const OFFER_WEIGHTS: Weighted<OfferKey> = [
  ['payg', 45],
  ['ea', 20],
  ['vs-enterprise', 12],
  ['vs-professional', 8],
  ['free-trial', 8],
  ['students', 7],
];
const ADMIN_ROLE_WEIGHTS: Weighted<Role> = [
  ['AccountAdmin', 40],
  ['Owner', 20],
  ['Contributor', 15],
  ['Reader', 13],
  ['ServiceAdmin', 6],
  ['CoAdmin', 6],
];
type Fate = 'active' | 'past-due' | 'warned' | 'pending' | 'disabled' | 'deleted';
const FATE_WEIGHTS: Weighted<Fate> = [
  ['active', 80],
  ['past-due', 2],
  ['warned', 2],
  ['pending', 2],
  ['disabled', 10],
  ['deleted', 4],
];

function weighted<T>(random: () => number, table: Weighted<T>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new Error('empty weight table');
  return last[0];
}

function cancelledAgo(random: () => number, fate: Fate): EpochMs | undefined {
  switch (fate) {
    case 'pending':
      return randomInt(random, 0, 4) * MINUTE_MS + MINUTE_MS;
    case 'disabled':
      return randomInt(random, 1, 88) * DAY_MS;
    case 'deleted':
      return randomInt(random, 91, 240) * DAY_MS;
    default:
      return undefined;
  }
}

function generateSubscription(index: number, now: EpochMs): StoredSubscription {
  const random = seededRandom(`${LARGE_TENANT_SCENARIO_ID}:${index}`);
  const id = deterministicGuid(`${LARGE_TENANT_SCENARIO_ID}:subscription:${index}`);
  const offer = weighted(random, OFFER_WEIGHTS);
  const fate = weighted(random, FATE_WEIGHTS);
  const credit =
    offer === 'payg' || offer === 'ea' ? undefined : randomInt(random, 0, 20_000) / 100;
  const supportPlan: SupportPlanKey | undefined =
    offer === 'payg' && random() < 0.15
      ? pick(random, ['Developer', 'Standard', 'ProfessionalDirect'] as const)
      : undefined;
  const propagationDelayMs = propagationDelayFor(
    `${LARGE_TENANT_SCENARIO_ID}:${id}`,
    1,
    MAX_PROPAGATION_DELAY_MS,
  );
  const sub: StoredSubscription = {
    subscriptionId: id,
    displayName: `${pick(random, UNITS)} ${pick(random, PURPOSES)} ${String(index + 1).padStart(4, '0')}`,
    tenantId: CONTOSO_TENANT_ID,
    offer,
    createdAt: now - randomInt(random, 250, 2_000) * DAY_MS,
    billingAnchorDay: randomInt(random, 1, 28),
    currency: 'USD',
    usagePerHour: randomInt(random, 1, 2_500) / 100,
    propagationDelayMs,
    roles: { admin: weighted(random, ADMIN_ROLE_WEIGHTS), owner: 'Owner', reader: 'Reader' },
    spendingLimit: credit === undefined ? 'Off' : 'On',
    cancellations: [],
    resourceGroups: index % 100 === 0 ? ['rg-workload'] : [],
  };
  if (credit !== undefined) sub.creditRemaining = credit;
  if (sub.roles.admin !== 'AccountAdmin') {
    // A random stream of its own, so that the tenant's other values stay as they were.
    const [displayName, user] = pick(
      seededRandom(`${LARGE_TENANT_SCENARIO_ID}:account-admin:${index}`),
      ACCOUNT_ADMINS,
    );
    sub.accountAdmin = { displayName, email: `${user}@contoso.onmicrosoft.com` };
  }
  if (fate === 'past-due') sub.flag = 'PastDue';
  if (fate === 'warned') sub.flag = 'Warned';
  const ago = cancelledAgo(random, fate);
  if (ago !== undefined) {
    const reason: CancelReasonCode = pick(random, CANCEL_REASON_CODES);
    sub.cancellations.push({
      requestedAt: now - ago,
      requestedBy: 'avery.howard@contoso.onmicrosoft.com',
      reason,
      propagationDelayMs,
      ...(supportPlan === undefined ? {} : { supportPlan }),
    });
  } else if (supportPlan !== undefined) {
    sub.supportPlan = supportPlan;
  }
  return sub;
}

function generateResources(sub: StoredSubscription, index: number, now: EpochMs): StoredResource[] {
  if (sub.resourceGroups.length === 0) return [];
  const workload = place(
    sub.subscriptionId,
    'rg-workload',
    REGIONS[index % REGIONS.length] ?? 'eastus',
  );
  const suffix = String(index + 1).padStart(4, '0');
  return [
    vm(workload, `vm-workload-${suffix}`, 'running', now - 30 * DAY_MS, {
      address: publicIpFor(`${LARGE_TENANT_SCENARIO_ID}:${index}`),
      allocation: 'Dynamic',
    }),
    storageAccount(workload, `stworkload${suffix}`, ['data']),
  ];
}

export function buildLargeTenantScenario(now: EpochMs): World {
  const subscriptions: StoredSubscription[] = [];
  const resources: StoredResource[] = [];
  for (let i = 0; i < LARGE_TENANT_SIZE; i++) {
    const sub = generateSubscription(i, now);
    subscriptions.push(sub);
    resources.push(...generateResources(sub, i, now));
  }
  return {
    version: WORLD_VERSION,
    scenario: LARGE_TENANT_SCENARIO_ID,
    personas: contosoPersonas(),
    subscriptions,
    resources,
    tickets: [],
  };
}
