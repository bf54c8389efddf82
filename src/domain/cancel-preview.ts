import type { CommandResult } from './command-result';
import { cancelSubscription } from './cancel';
import type { CancellationDates } from './dates';
import { cancellationDates, showsInPortalBy } from './dates';
import { billingAt } from './billing';
import type { EpochMs, World } from './model';
import type { OfferInfo } from './offers';
import { OFFERS } from './offers';
import { resourcesAt } from './resources';
import { findSubscription } from './world';

export interface CancelPreview {
  subscriptionId: string;
  computedAt: EpochMs;
  dates: CancellationDates;
  /** R5: the latest time it shows (the exact delay stays the backend's). */
  showsInPortalBy: EpochMs;
  /** R6: what the cancellation disables, counted from the live resources. */
  disables: {
    virtualMachinesDeallocated: number;
    dynamicIpsReleased: number;
    storageAccountsReadOnly: number;
    webAppsStopped: number;
  };
  /** R7: the final invoice as it would stand, covering usage until now. */
  finalInvoiceAmount: number;
  currency: string;
  reactivationPath: OfferInfo['reactivationPath'];
}

/**
 * The cancel wizard's "Review the impact" (R4–R11): runs the real cancel command on a copy of the
 * world at `now` and reports what it would fix, so the preview can never disagree with the
 * cancellation itself. The same checks apply (R1 403, R14 409), and the world is not changed.
 */
export function previewCancellation(
  world: World,
  input: { subscriptionId: string; personaId: string; now: EpochMs },
): CommandResult<CancelPreview> {
  const outcome = cancelSubscription(world, input);
  if (!outcome.ok) return outcome;
  const sub = findSubscription(outcome.world, input.subscriptionId);
  if (sub === undefined)
    throw new Error('cancelSubscription succeeded on a subscription it cannot find');
  const { record } = outcome.result;
  const billing = billingAt(sub, input.now);

  const live = resourcesAt(world, input.subscriptionId, input.now);
  const disables = {
    virtualMachinesDeallocated: 0,
    dynamicIpsReleased: 0,
    storageAccountsReadOnly: 0,
    webAppsStopped: 0,
  };
  for (const view of live) {
    if (view.kind === 'vm') {
      if (view.powerState !== 'deallocated') disables.virtualMachinesDeallocated += 1;
      if (view.publicIp?.allocation === 'Dynamic' && view.publicIp.address !== null)
        disables.dynamicIpsReleased += 1;
    } else if (view.kind === 'storage') {
      disables.storageAccountsReadOnly += 1;
    } else if (view.kind === 'web' && view.state === 'running') {
      disables.webAppsStopped += 1;
    }
  }

  return {
    ok: true,
    world,
    result: {
      subscriptionId: input.subscriptionId,
      computedAt: input.now,
      dates: cancellationDates(sub, record),
      showsInPortalBy: showsInPortalBy(record),
      disables,
      finalInvoiceAmount: billing.finalInvoice?.amount ?? 0,
      currency: sub.currency,
      reactivationPath: OFFERS[sub.offer].reactivationPath,
    },
  };
}
