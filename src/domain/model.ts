import type { RoleDefinitionName } from '@/contract/authorization';
import type { CancelReasonCode } from '@/contract/cancel';
import type {
  DeskReplyCode,
  ProblemType,
  TicketRefusalCode,
  TicketSeverity,
} from '@/contract/support';

// Stored facts of the mock world. Everything here is plain JSON data (numbers for instants, no
// Date objects, no classes) so the whole World can be saved to localStorage and reloaded as is.
// Nothing time-dependent is stored as a "state": states are derived from these facts and a clock
// (see state.ts), so moving the clock in either direction always gives a consistent picture.

/** Milliseconds since the Unix epoch, UTC. */
export type EpochMs = number;

export type OfferKey =
  'payg' | 'free-trial' | 'vs-enterprise' | 'vs-professional' | 'ea' | 'students';

export type ReactivationPath = 'self-service' | 'support';

export interface OfferInfo {
  readonly key: OfferKey;
  readonly displayName: string;
  readonly quotaId: string;
  readonly offerId: string;
  /** R10 / R11: who can bring a cancelled subscription back. */
  readonly reactivationPath: ReactivationPath;
  /** R7: usage is paid from credit, so a final invoice is zero. */
  readonly creditFunded: boolean;
}

export const OFFER_KEYS: readonly OfferKey[] = [
  'payg',
  'free-trial',
  'vs-enterprise',
  'vs-professional',
  'ea',
  'students',
];

// Visual Studio and Students offers run on monthly/one-off credit with a spending limit, like the
// Free Trial, so they are credit-funded too; Pay-As-You-Go and EA are invoiced.
export const OFFERS: Readonly<Record<OfferKey, OfferInfo>> = {
  payg: {
    key: 'payg',
    displayName: 'Pay-As-You-Go',
    quotaId: 'PayAsYouGo_2014-09-01',
    offerId: 'MS-AZR-0003P',
    reactivationPath: 'self-service',
    creditFunded: false,
  },
  'free-trial': {
    key: 'free-trial',
    displayName: 'Free Trial',
    quotaId: 'FreeTrial_2014-09-01',
    offerId: 'MS-AZR-0044P',
    reactivationPath: 'support',
    creditFunded: true,
  },
  'vs-enterprise': {
    key: 'vs-enterprise',
    displayName: 'Visual Studio Enterprise',
    quotaId: 'MSDN_2014-09-01',
    offerId: 'MS-AZR-0063P',
    reactivationPath: 'support',
    creditFunded: true,
  },
  'vs-professional': {
    key: 'vs-professional',
    displayName: 'Visual Studio Professional',
    quotaId: 'MSDN_2014-09-01',
    offerId: 'MS-AZR-0059P',
    reactivationPath: 'support',
    creditFunded: true,
  },
  ea: {
    key: 'ea',
    displayName: 'Enterprise Agreement',
    quotaId: 'EnterpriseAgreement_2014-09-01',
    offerId: 'MS-AZR-0017P',
    reactivationPath: 'support',
    creditFunded: false,
  },
  students: {
    key: 'students',
    displayName: 'Azure for Students',
    quotaId: 'AzureForStudents_2018-01-01',
    offerId: 'MS-AZR-0170P',
    reactivationPath: 'support',
    creditFunded: true,
  },
};

export type Role = 'AccountAdmin' | 'ServiceAdmin' | 'CoAdmin' | 'Owner' | 'Contributor' | 'Reader';

export const ROLES: readonly Role[] = [
  'AccountAdmin',
  'ServiceAdmin',
  'CoAdmin',
  'Owner',
  'Contributor',
  'Reader',
];

/** English display names, as the portal's "My role" column and ARM's role assignments show them. */
export const ROLE_DISPLAY_NAMES: Readonly<Record<Role, RoleDefinitionName>> = {
  AccountAdmin: 'Account admin',
  ServiceAdmin: 'Service admin',
  CoAdmin: 'Co-administrator',
  Owner: 'Owner',
  Contributor: 'Contributor',
  Reader: 'Reader',
};

export type SupportPlanKey = 'Developer' | 'Standard' | 'ProfessionalDirect';

export interface SupportPlanInfo {
  readonly key: SupportPlanKey;
  readonly displayName: string;
  /** R8: monthly price, in `currency`. */
  readonly monthlyPrice: number;
  readonly currency: 'USD';
}

export const SUPPORT_PLANS: Readonly<Record<SupportPlanKey, SupportPlanInfo>> = {
  Developer: { key: 'Developer', displayName: 'Developer', monthlyPrice: 29, currency: 'USD' },
  Standard: { key: 'Standard', displayName: 'Standard', monthlyPrice: 100, currency: 'USD' },
  ProfessionalDirect: {
    key: 'ProfessionalDirect',
    displayName: 'Professional Direct',
    monthlyPrice: 1000,
    currency: 'USD',
  },
};

export interface Persona {
  id: string;
  displayName: string;
  userPrincipalName: string;
  tenantId: string;
  directoryName: string;
}

/** R3: the documented cancellation reasons, as the contract lists them. */
export { CANCEL_REASON_CODES, type CancelReasonCode } from '@/contract/cancel';

export type ReactivationVia = 'self-service' | 'support';

/**
 * One accepted cancel request (R4–R9), written once. Reactivation (R10/R11) only adds the
 * `reactivated*` fields; nothing else on the record ever changes.
 */
export interface CancellationRecord {
  requestedAt: EpochMs;
  requestedBy: string;
  /** Absent when the request came without a body, as real ARM clients send it (R3). */
  reason?: CancelReasonCode;
  comment?: string;
  /** R5: the delay before the cancellation shows (0 < d ≤ 10 minutes, dates.ts). Copied from the subscription. */
  propagationDelayMs: number;
  /**
   * R8: the paid support plan cancelled with the subscription (it is removed from the
   * subscription then, and not restored by a reactivation); its 6 trailing charges derive from this.
   */
  supportPlan?: SupportPlanKey;
  /** May lie in the future (R11: a support desk resolution scheduled at ticket time + 1 h). */
  reactivatedAt?: EpochMs;
  reactivatedBy?: string;
  reactivatedVia?: ReactivationVia;
  /** R11: the support ticket that brings it back. */
  reactivationTicket?: string;
}

export type SpendingLimit = 'On' | 'Off' | 'CurrentPeriodOff';

export interface StoredSubscription {
  subscriptionId: string;
  displayName: string;
  tenantId: string;
  offer: OfferKey;
  createdAt: EpochMs;
  /** Day of month the billing period starts, 1–31; 29–31 clamp to the month's last day. */
  billingAnchorDay: number;
  currency: string;
  /** Money accrued per hour while billing runs. */
  usagePerHour: number;
  supportPlan?: SupportPlanKey;
  /** R5: propagation delay applied to the next cancellation. */
  propagationDelayMs: number;
  /** personaId → role on this subscription. A persona without an entry cannot see it. */
  roles: Record<string, Role>;
  spendingLimit: SpendingLimit;
  /** Free Trial and other credit offers. */
  creditRemaining?: number;
  /** ARM state to report while the subscription is otherwise Enabled. */
  flag?: 'PastDue' | 'Warned';
  /** History, oldest first. At most the last one can be open (not reactivated). */
  cancellations: CancellationRecord[];
  resourceGroups: string[];
  tags?: Record<string, string>;
  /**
   * R1: the account administrator when none of the scenario's personas holds that role (someone
   * outside the demo, e.g. whoever signed the Enterprise Agreement), so a refusal can name them.
   */
  accountAdmin?: AccountAdminContact;
}

export interface AccountAdminContact {
  displayName: string;
  email: string;
}

export type ResourceType =
  | 'Microsoft.Compute/virtualMachines'
  | 'Microsoft.Storage/storageAccounts'
  | 'Microsoft.Sql/servers/databases'
  | 'Microsoft.Web/sites';

export type VmPowerState = 'running' | 'stopped' | 'deallocated';

export interface PublicIp {
  /** `null` once released (deallocation of a Dynamic address). */
  address: string | null;
  allocation: 'Dynamic' | 'Static';
  /** When this address was assigned. Absent: before anything in the scenario. */
  assignedAt?: EpochMs;
}

export interface VmImage {
  name: string;
  createdAt: EpochMs;
}

interface ResourceBase {
  /** Full ARM id, e.g. /subscriptions/{sid}/resourceGroups/{rg}/providers/{type}/{name}. */
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  location: string;
  tags?: Record<string, string>;
}

export interface StoredVm extends ResourceBase {
  type: 'Microsoft.Compute/virtualMachines';
  /** As last set by a user action; the effective state also depends on the subscription (R6). */
  powerState: VmPowerState;
  powerChangedAt: EpochMs;
  publicIp?: PublicIp;
  images: VmImage[];
}

export interface StoredStorageAccount extends ResourceBase {
  type: 'Microsoft.Storage/storageAccounts';
  containers: string[];
}

export interface StoredSqlDatabase extends ResourceBase {
  type: 'Microsoft.Sql/servers/databases';
  /** Parent server; `name` is the database's own name. */
  serverName: string;
}

export interface StoredWebApp extends ResourceBase {
  type: 'Microsoft.Web/sites';
  state: 'running' | 'stopped';
  changedAt: EpochMs;
}

export type StoredResource = StoredVm | StoredStorageAccount | StoredSqlDatabase | StoredWebApp;

export {
  PROBLEM_TYPES,
  SEVERITIES,
  type ProblemType,
  type TicketSeverity,
} from '@/contract/support';

export type TicketStatus = 'open' | 'resolved' | 'refused';

/**
 * A support request. Its status is derived (support.ts `ticketStatusAt`): refused when
 * `refusalReason` is set, resolved once the clock reaches `resolvedAt`, otherwise open.
 */
export interface SupportTicket {
  /** ARM resource name of the ticket (unique per world). */
  name: string;
  subscriptionId: string;
  problemType: ProblemType;
  title: string;
  description: string;
  severity?: TicketSeverity;
  contactEmail?: string;
  createdBy: string;
  createdAt: EpochMs;
  /** Scheduled or past resolution instant: when the desk's answer arrives (support.ts). */
  resolvedAt?: EpochMs;
  /** R11: set when the desk refuses the request; `refusalReason` is the English explanation. */
  refusalCode?: TicketRefusalCode;
  refusalReason?: string;
  /**
   * R11, R13: the desk's answer, decided when the request is filed (from the subscription as it was
   * then) and shown once the clock reaches `resolvedAt`. Absent on tickets saved before the desk
   * answered every request; support.ts `deskReplyOf` derives theirs.
   */
  reply?: DeskReply;
}

export {
  DESK_REPLY_CODES,
  TICKET_REFUSAL_CODES,
  type DeskReplyCode,
  type TicketRefusalCode,
} from '@/contract/support';

export interface DeskReply {
  code: DeskReplyCode;
  /** The cancellation the answer is about, when it is about one. */
  cancelledAt?: EpochMs;
  /** R9, R11: the last instant the subscription can come back. */
  reactivationPossibleUntil?: EpochMs;
}

export interface MoveRecord {
  at: EpochMs;
  by: string;
  sourceSubscriptionId: string;
  sourceResourceGroup: string;
  targetSubscriptionId: string;
  targetResourceGroup: string;
  resources: { from: string; to: string }[];
}

export const WORLD_VERSION = 1;

export interface World {
  version: number;
  scenario: string;
  personas: Persona[];
  subscriptions: StoredSubscription[];
  resources: StoredResource[];
  tickets: SupportTicket[];
  moves?: MoveRecord[];
}
