import { subscriptionScope } from '@/contract/arm-paths';
import type { Subscription } from '@/contract/subscriptions';
import type { EpochMs, StoredSubscription } from '@/domain/model';
import type { Role } from '@/domain/roles';
import { OFFERS } from '@/domain/offers';
import { subscriptionStateAt } from '@/domain/state';

// Classic administrators come from the legacy (ASM) model, the others from RBAC, as ARM reports.
const LEGACY_ROLES: readonly Role[] = ['AccountAdmin', 'ServiceAdmin', 'CoAdmin'];

/** `Microsoft.Resources/subscriptions` as ARM answers it at `now` (R5: Enabled until the cancellation shows). */
export function toArmSubscription(sub: StoredSubscription, role: Role, now: EpochMs): Subscription {
  const offer = OFFERS[sub.offer];
  const out: Subscription = {
    id: subscriptionScope(sub.subscriptionId),
    subscriptionId: sub.subscriptionId,
    tenantId: sub.tenantId,
    displayName: sub.displayName,
    state: subscriptionStateAt(sub, now).armState,
    subscriptionPolicies: {
      locationPlacementId: sub.offer === 'ea' ? 'Internal_2014-09-01' : 'Public_2014-09-01',
      quotaId: offer.quotaId,
      spendingLimit: sub.spendingLimit,
    },
    authorizationSource: LEGACY_ROLES.includes(role) ? 'Legacy' : 'RoleBased',
  };
  if (sub.tags !== undefined) out.tags = sub.tags;
  return out;
}
