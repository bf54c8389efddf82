import type {
  AccountAdminContact,
  CancelReasonCode,
  EpochMs,
  StoredSubscription,
  World,
} from '@/domain/model';
import type { OfferKey } from '@/domain/offers';
import type { Role } from '@/domain/roles';
import type { SupportPlanKey } from '@/domain/support-plans';
import { WORLD_VERSION } from '@/domain/model';
import { propagationDelayFor } from '@/domain/random';
import { DAY_MS } from '@/domain/time';
import { DEFAULT_IDS } from './default-ids';
import { defaultResources } from './default-resources';
import { CONTOSO_TENANT_ID, contosoPersonas } from './personas';

// The `default` scenario of the public contract §4: tests rely on these ids, names, offers, states
// and roles, so change them only by adding.

export const DEFAULT_SCENARIO_ID = 'default';

interface Row {
  id: string;
  name: string;
  offer: OfferKey;
  adminRole: Role;
  anchorDay: number;
  usagePerHour: number;
  ageDays: number;
  resourceGroups: string[];
  supportPlan?: SupportPlanKey;
  creditRemaining?: number;
  /** Days before load the subscription was cancelled (contract §4). */
  cancelledDaysAgo?: number;
  cancelReason?: CancelReasonCode;
  tags?: Record<string, string>;
  /** R1: the account administrator when none of the personas is (contract §4, added). */
  accountAdmin?: AccountAdminContact;
}

const ROWS: readonly Row[] = [
  {
    id: DEFAULT_IDS.production,
    name: 'Contoso Production',
    offer: 'payg',
    adminRole: 'AccountAdmin',
    anchorDay: 5,
    usagePerHour: 4.35,
    ageDays: 912,
    resourceGroups: ['rg-prod-web', 'rg-prod-data'],
    supportPlan: 'Standard',
    tags: { environment: 'production', costCenter: 'CC-1042' },
  },
  {
    id: DEFAULT_IDS.devTest,
    name: 'Contoso Dev/Test',
    offer: 'vs-enterprise',
    adminRole: 'AccountAdmin',
    anchorDay: 12,
    usagePerHour: 0.42,
    ageDays: 540,
    resourceGroups: ['rg-devtest'],
    creditRemaining: 118.6,
    tags: { environment: 'dev' },
  },
  {
    id: DEFAULT_IDS.freeTrial,
    name: 'Free Trial',
    offer: 'free-trial',
    adminRole: 'AccountAdmin',
    anchorDay: 18,
    usagePerHour: 0.09,
    ageDays: 11,
    resourceGroups: [],
    creditRemaining: 176.25,
  },
  {
    id: DEFAULT_IDS.enterprise,
    name: 'Contoso Enterprise',
    offer: 'ea',
    adminRole: 'Owner',
    anchorDay: 1,
    usagePerHour: 12.8,
    ageDays: 1460,
    resourceGroups: ['rg-erp'],
    accountAdmin: { displayName: 'Morgan Patel', email: 'morgan.patel@contoso.onmicrosoft.com' },
  },
  {
    id: DEFAULT_IDS.fabrikam,
    name: 'Fabrikam Analytics',
    offer: 'payg',
    adminRole: 'Reader',
    anchorDay: 22,
    usagePerHour: 2.1,
    ageDays: 300,
    resourceGroups: ['rg-analytics'],
    accountAdmin: { displayName: 'Jordan Reyes', email: 'jordan.reyes@fabrikam.com' },
  },
  {
    id: DEFAULT_IDS.legacyMarketing,
    name: 'Legacy Marketing',
    offer: 'payg',
    adminRole: 'AccountAdmin',
    anchorDay: 9,
    usagePerHour: 1.15,
    ageDays: 1100,
    resourceGroups: ['rg-marketing-web'],
    cancelledDaysAgo: 30,
    cancelReason: 'no-longer-needed',
  },
  {
    id: DEFAULT_IDS.sandbox,
    name: 'Contoso Sandbox',
    offer: 'vs-professional',
    adminRole: 'AccountAdmin',
    anchorDay: 27,
    usagePerHour: 0.3,
    ageDays: 400,
    resourceGroups: ['rg-sandbox'],
    creditRemaining: 42.1,
    cancelledDaysAgo: 85,
    cancelReason: 'moving-to-another-subscription',
  },
];

function subscription(row: Row, now: EpochMs): StoredSubscription {
  // R5: 5–10 minutes, deterministic per scenario and subscription.
  const propagationDelayMs = propagationDelayFor(`${DEFAULT_SCENARIO_ID}:${row.id}`);
  const sub: StoredSubscription = {
    subscriptionId: row.id,
    displayName: row.name,
    tenantId: CONTOSO_TENANT_ID,
    offer: row.offer,
    createdAt: now - row.ageDays * DAY_MS,
    billingAnchorDay: row.anchorDay,
    currency: 'USD',
    usagePerHour: row.usagePerHour,
    propagationDelayMs,
    roles: { admin: row.adminRole, owner: 'Owner', reader: 'Reader' },
    spendingLimit: row.creditRemaining === undefined ? 'Off' : 'On',
    cancellations: [],
    resourceGroups: row.resourceGroups,
  };
  if (row.supportPlan !== undefined) sub.supportPlan = row.supportPlan;
  if (row.creditRemaining !== undefined) sub.creditRemaining = row.creditRemaining;
  if (row.tags !== undefined) sub.tags = row.tags;
  if (row.accountAdmin !== undefined) sub.accountAdmin = row.accountAdmin;
  if (row.cancelledDaysAgo !== undefined) {
    sub.cancellations.push({
      requestedAt: now - row.cancelledDaysAgo * DAY_MS,
      requestedBy: 'avery.howard@contoso.onmicrosoft.com',
      reason: row.cancelReason ?? 'other',
      propagationDelayMs,
    });
  }
  return sub;
}

export function buildDefaultScenario(now: EpochMs): World {
  return {
    version: WORLD_VERSION,
    scenario: DEFAULT_SCENARIO_ID,
    personas: contosoPersonas(),
    subscriptions: ROWS.map((row) => subscription(row, now)),
    resources: defaultResources(now),
    tickets: [],
  };
}
