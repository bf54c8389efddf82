import { describe, expect, it } from 'vitest';
import { previewCancellation } from './cancel-preview';
import { billingAt } from './billing';
import { cancellationDates } from './dates';
import { findSubscription } from './world';
import {
  adminCancels,
  expectError,
  expectOk,
  makeSub,
  makeWorld,
  PAYG,
  subIdFor,
  T0,
} from './test-fixtures';

describe('Cancel preview (wizard Review step)', () => {
  it('previews exactly the dates and amounts the real cancellation then fixes', () => {
    const world = makeWorld([makeSub({ supportPlan: 'Standard' })]);
    const preview = expectOk(
      previewCancellation(world, { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
    ).result;
    const cancelled = adminCancels(world);
    const sub = findSubscription(cancelled, PAYG);
    if (!sub) throw new Error('missing subscription');
    const record = sub.cancellations[0];
    if (!record) throw new Error('missing record');
    expect(preview.dates).toEqual(cancellationDates(sub, record));
    expect(preview.finalInvoiceAmount).toBe(billingAt(sub, T0).finalInvoice?.amount);
    expect(preview.dates.supportPlan?.total).toBe(600);
  });

  it('R5: the preview gives the latest time (10 minutes), not the hidden delay', () => {
    const preview = expectOk(
      previewCancellation(makeWorld(), { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
    ).result;
    expect(preview.showsInPortalBy).toBe(T0 + 10 * 60_000);
  });

  it('R6: counts what the cancellation disables from the live resources', () => {
    const preview = expectOk(
      previewCancellation(makeWorld(), { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
    ).result;
    expect(preview.disables).toEqual({
      virtualMachinesDeallocated: 2,
      dynamicIpsReleased: 1,
      storageAccountsReadOnly: 1,
      webAppsStopped: 1,
    });
  });

  it('R10: a Pay-As-You-Go preview says it comes back self-service', () => {
    const world = makeWorld([makeSub()]);
    expect(
      expectOk(previewCancellation(world, { subscriptionId: PAYG, personaId: 'admin', now: T0 }))
        .result.reactivationPath,
    ).toBe('self-service');
  });

  it('R11: a preview for any other offer says it comes back through support', () => {
    const world = makeWorld([makeSub({ offer: 'vs-enterprise' })]);
    expect(
      expectOk(
        previewCancellation(world, {
          subscriptionId: subIdFor('vs-enterprise'),
          personaId: 'admin',
          now: T0,
        }),
      ).result.reactivationPath,
    ).toBe('support');
  });

  it('R1: a role that may not cancel may not preview either (403)', () => {
    const world = makeWorld();
    expect(
      expectError(previewCancellation(world, { subscriptionId: PAYG, personaId: 'owner', now: T0 }))
        .status,
    ).toBe(403);
  });

  it('previewing changes nothing in the world', () => {
    const world = makeWorld();
    const ok = previewCancellation(world, { subscriptionId: PAYG, personaId: 'admin', now: T0 });
    expect(expectOk(ok).world).toBe(world);
  });

  it('R14: an already-cancelled subscription is refused with 409, as the cancellation would be', () => {
    const world = makeWorld();
    const cancelled = adminCancels(world);
    expect(
      expectError(
        previewCancellation(cancelled, { subscriptionId: PAYG, personaId: 'admin', now: T0 + 1 }),
      ).status,
    ).toBe(409);
  });
});
