import type { CancelReasonCode } from '@/contract/cancel';
import type { OfferKey } from './offers';
import type { Role } from './roles';
import type { StoredResource } from './stored-resources';
import type { SupportPlanKey } from './support-plans';
import type { SupportTicket } from './support-ticket';

// Stored facts of the mock world. Everything here is plain JSON data (numbers for instants, no
// Date objects, no classes) so the whole World can be saved to localStorage and reloaded as is.
// Nothing time-dependent is stored as a "state": states are derived from these facts and a clock
// (see state.ts), so moving the clock in either direction always gives a consistent picture.
// The World's parts that stand on their own live beside this file: offers.ts, roles.ts,
// support-plans.ts, stored-resources.ts and support-ticket.ts.

/** Milliseconds since the Unix epoch, UTC. */
export type EpochMs = number;

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
