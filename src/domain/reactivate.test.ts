import { describe, expect, it } from 'vitest';
import { billingAt } from './billing';
import { OFFER_KEYS, OFFERS } from './offers';
import { ROLES } from './roles';
import { enableSubscription } from './reactivate';
import { subscriptionStateAt } from './state';
import {
  adminCancels,
  adminReactivates,
  cancelledOffer,
  DELAY,
  expectError,
  expectOk,
  makeWorld,
  PAYG,
  PERSONA_BY_ROLE,
  subIdFor,
  subIn,
  T0,
} from './test-fixtures';
import { DAY_MS, HOUR_MS, SECOND_MS } from './time';

describe('enableSubscription', () => {
  it('R10: the account admin reactivates a disabled Pay-As-You-Go subscription; state Enabled from that instant', () => {
    const now = T0 + 30 * DAY_MS;
    const { world, result } = expectOk(
      enableSubscription(adminCancels(), { subscriptionId: PAYG, personaId: 'admin', now }),
    );
    expect(result.reactivatedAt).toBe(now);
    const sub = subIn(world, PAYG);
    expect(sub.cancellations[0]).toMatchObject({
      reactivatedAt: now,
      reactivatedBy: 'admin',
      reactivatedVia: 'self-service',
    });
    expect(subscriptionStateAt(sub, now).armState).toBe('Enabled');
    expect(subscriptionStateAt(sub, now - 1).armState).toBe('Disabled');
    expect(billingAt(sub, now + HOUR_MS).status).toBe('active');
  });

  it('R10: works while the cancellation is still propagating', () => {
    const world = adminReactivates(adminCancels(), T0 + DELAY - 1);
    expect(subscriptionStateAt(subIn(world, PAYG), T0 + DELAY).armState).toBe('Enabled');
  });

  it.each(ROLES.filter((r) => r !== 'AccountAdmin'))('R1: %s may not reactivate (403)', (role) => {
    const e = expectError(
      enableSubscription(adminCancels(), {
        subscriptionId: PAYG,
        personaId: PERSONA_BY_ROLE[role],
        now: T0 + DAY_MS,
      }),
    );
    expect(e).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
  });

  it.each(OFFER_KEYS.filter((o) => OFFERS[o].reactivationPath === 'support'))(
    'R11: %s cannot be reactivated self-service; the answer says to file a support request',
    (offer) => {
      const e = expectError(
        enableSubscription(cancelledOffer(offer), {
          subscriptionId: subIdFor(offer),
          personaId: 'admin',
          now: T0 + DAY_MS,
        }),
      );
      expect(e).toMatchObject({ status: 409, code: 'ReactivationRequiresSupportRequest' });
      expect(e.message).toContain('support request');
    },
  );

  it('R9: 90 days minus one second is still in time; at 90 days it is deleted', () => {
    expect(
      enableSubscription(adminCancels(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        now: T0 + 90 * DAY_MS - SECOND_MS,
      }).ok,
    ).toBe(true);
    const e = expectError(
      enableSubscription(adminCancels(), {
        subscriptionId: PAYG,
        personaId: 'admin',
        now: T0 + 90 * DAY_MS + SECOND_MS,
      }),
    );
    expect(e).toMatchObject({ status: 409, code: 'SubscriptionDeleted' });
  });

  it('R14: reactivating an enabled subscription answers 409; a retry never applies twice', () => {
    expect(
      expectError(
        enableSubscription(makeWorld(), { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
      ),
    ).toMatchObject({
      status: 409,
      code: 'SubscriptionNotDisabled',
    });
    const world = adminReactivates(adminCancels(), T0 + DAY_MS);
    const retry = expectError(
      enableSubscription(world, { subscriptionId: PAYG, personaId: 'admin', now: T0 + DAY_MS + 1 }),
    );
    expect(retry.code).toBe('SubscriptionNotDisabled');
    expect(subIn(world, PAYG).cancellations[0]?.reactivatedAt).toBe(T0 + DAY_MS);
  });
});
