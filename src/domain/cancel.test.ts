import { describe, expect, it } from 'vitest';
import { CANCEL_COMMENT_MAX_LENGTH, cancelSubscription, parseCancelBody } from './cancel';
import { CANCEL_REASON_CODES } from './model';
import { OFFER_KEYS } from './offers';
import { ROLES } from './roles';
import { subscriptionStateAt } from './state';
import {
  adminCancels,
  adminReactivates,
  DELAY,
  expectError,
  expectOk,
  makeSub,
  makeWorld,
  PAYG,
  PERSONA_BY_ROLE,
  subIn,
  T0,
} from './test-fixtures';
import { DAY_MS } from './time';

const body = { confirmation: 'Contoso payg', reason: 'too-expensive' };

/** The account admin cancels Pay-As-You-Go with this request body (R3 reads it). */
const cancelWith = (b: unknown, world = makeWorld(), now = T0) =>
  cancelSubscription(world, { subscriptionId: PAYG, personaId: 'admin', body: b, now });

describe('cancelSubscription', () => {
  it.each(ROLES)('R1: %s cancelling', (role) => {
    const world = makeWorld();
    const r = cancelSubscription(world, {
      subscriptionId: PAYG,
      personaId: PERSONA_BY_ROLE[role],
      body,
      now: T0,
    });
    if (role === 'AccountAdmin') {
      expect(r.ok).toBe(true);
    } else {
      expect(expectError(r)).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
      expect(expectError(r).message).toContain('Microsoft.Subscription/cancel/action');
    }
  });

  it.each(OFFER_KEYS)(
    'R4: an accepted cancel of %s writes one record at T, carrying the subscription’s own delay',
    (offer) => {
      const sub = makeSub({ offer, displayName: 'Name', propagationDelayMs: 123_456 });
      const { world, result } = expectOk(
        cancelSubscription(makeWorld([sub]), {
          subscriptionId: sub.subscriptionId,
          personaId: 'admin',
          body: { confirmation: 'Name', reason: 'no-longer-needed' },
          now: T0,
        }),
      );
      expect(result.record).toEqual({
        requestedAt: T0,
        requestedBy: 'admin',
        reason: 'no-longer-needed',
        propagationDelayMs: 123_456,
      });
      expect(subIn(world, sub.subscriptionId).cancellations).toEqual([result.record]);
    },
  );

  it('R3: no body is accepted, as real ARM accepts it; {} counts as no body', () => {
    for (const b of [undefined, null, {}]) {
      const { result } = expectOk(cancelWith(b));
      expect(result.record.reason).toBeUndefined();
    }
  });

  it.each([
    ['a case mismatch', { ...body, confirmation: 'contoso payg' }],
    ['a trailing space', { ...body, confirmation: 'Contoso payg ' }],
    ['a missing confirmation', { reason: 'too-expensive' }],
    ['an unknown reason', { ...body, reason: 'bored' }],
    ['a missing reason', { confirmation: 'Contoso payg' }],
    ['a non-string comment', { ...body, comment: 42 }],
    ['an over-long comment', { ...body, comment: 'x'.repeat(CANCEL_COMMENT_MAX_LENGTH + 1) }],
    ['an array body', [body]],
    ['a string body', 'Contoso payg'],
  ])('R3: %s is rejected with 400 and changes nothing', (_label, b) => {
    const world = makeWorld();
    const e = expectError(cancelWith(b, world));
    expect(e).toMatchObject({ status: 400, code: 'InvalidRequestContent' });
    expect(subIn(world, PAYG).cancellations).toEqual([]);
  });

  it.each([
    ['no comment', { confirmation: 'Contoso payg', reason: 'other' }],
    ['a blank comment', { confirmation: 'Contoso payg', reason: 'other', comment: '   ' }],
    ['a null comment', { confirmation: 'Contoso payg', reason: 'other', comment: null }],
  ])("R3: 'other' with %s is accepted; the comment is optional", (_label, b) => {
    const { result } = expectOk(cancelWith(b));
    expect(result.record.reason).toBe('other');
    expect(result.record.comment).toBeUndefined();
  });

  it('R3: a comment of exactly the maximum length is accepted', () => {
    const comment = 'x'.repeat(CANCEL_COMMENT_MAX_LENGTH);
    expect(parseCancelBody({ confirmation: 'X', reason: 'other', comment }, 'X')).toEqual({
      confirmation: 'X',
      reason: 'other',
      comment,
    });
  });

  it.each(CANCEL_REASON_CODES)('R3: reason %s is accepted with the exact name', (reason) => {
    const parsed = parseCancelBody({ confirmation: 'X', reason, comment: ' why ' }, 'X');
    expect(parsed).toEqual({ confirmation: 'X', reason, comment: 'why' });
  });

  it('R14: cancelling again, pending or disabled, answers 409 and changes nothing', () => {
    const { world } = expectOk(cancelWith(body));
    for (const now of [T0, T0 + 1000, T0 + DELAY, T0 + 30 * DAY_MS]) {
      const e = expectError(cancelWith(body, world, now));
      expect(e).toMatchObject({ status: 409, code: 'SubscriptionAlreadyCanceled' });
    }
    expect(subIn(world, PAYG).cancellations).toHaveLength(1);
  });

  it('R9: cancelling a deleted subscription answers 409 SubscriptionDeleted', () => {
    const world = adminCancels();
    const e = expectError(
      cancelSubscription(world, {
        subscriptionId: PAYG,
        personaId: 'admin',
        now: T0 + 90 * DAY_MS,
      }),
    );
    expect(e).toMatchObject({ status: 409, code: 'SubscriptionDeleted' });
  });

  it('R8: the support plan is cancelled with the subscription and kept on the record', () => {
    const sub = makeSub({ supportPlan: 'Standard' });
    const { world, result } = expectOk(
      cancelSubscription(makeWorld([sub]), { subscriptionId: PAYG, personaId: 'admin', now: T0 }),
    );
    expect(result.record.supportPlan).toBe('Standard');
    expect(subIn(world, PAYG).supportPlan).toBeUndefined();
  });

  it('R14: a subscription reactivated can be cancelled again; the earlier record is untouched', () => {
    const w2 = adminReactivates(adminCancels(), T0 + DAY_MS);
    const w3 = adminCancels(w2, T0 + 2 * DAY_MS);
    const [first, second] = subIn(w3, PAYG).cancellations;
    expect(first).toEqual(subIn(w2, PAYG).cancellations[0]);
    expect(second?.requestedAt).toBe(T0 + 2 * DAY_MS);
    expect(subscriptionStateAt(subIn(w3, PAYG), T0 + 2 * DAY_MS + DELAY).armState).toBe('Disabled');
  });

  it('R14: a clock moved back before recorded history cannot write earlier history', () => {
    const w2 = adminReactivates(adminCancels(), T0 + DAY_MS);
    const e = expectError(
      cancelSubscription(w2, { subscriptionId: PAYG, personaId: 'admin', now: T0 - DAY_MS }),
    );
    expect(e).toMatchObject({ status: 409, code: 'ClockConflict' });
  });

  it('R1: unknown persona 401, subscription without a role 404', () => {
    const world = makeWorld([makeSub({ roles: { owner: 'Owner' } })]);
    expect(
      expectError(cancelSubscription(world, { subscriptionId: PAYG, personaId: 'nobody', now: T0 }))
        .status,
    ).toBe(401);
    expect(
      expectError(cancelSubscription(world, { subscriptionId: PAYG, personaId: 'admin', now: T0 })),
    ).toMatchObject({ status: 404, code: 'SubscriptionNotFound' });
    expect(
      expectError(
        cancelSubscription(world, { subscriptionId: 'nope', personaId: 'owner', now: T0 }),
      ).code,
    ).toBe('SubscriptionNotFound');
  });

  it('R1: subscription ids match case-insensitively', () => {
    expect(
      cancelSubscription(makeWorld(), {
        subscriptionId: PAYG.toUpperCase(),
        personaId: 'admin',
        now: T0,
      }).ok,
    ).toBe(true);
  });
});

describe('cancelSubscription: what a world may hold (docs/contract.md §9)', () => {
  it('R3: a comment with a control character is refused, naming the field', () => {
    const r = parseCancelBody({ ...body, comment: 'ring \u0007 the bell' }, 'Contoso payg');
    expect(r).toMatchObject({ ok: false, error: { status: 400, code: 'InvalidRequestContent' } });
    expect(JSON.stringify(r)).toContain('comment must not contain');
  });

  it('R3: a comment is counted in characters, so 1,000 emoji are accepted', () => {
    const r = parseCancelBody(
      { ...body, comment: '😀'.repeat(CANCEL_COMMENT_MAX_LENGTH) },
      'Contoso payg',
    );
    expect(r).toMatchObject({ comment: '😀'.repeat(CANCEL_COMMENT_MAX_LENGTH) });
  });

  it('History: a cancel dated before the subscription was created answers 409 ClockConflict', () => {
    const sub = makeSub({ displayName: 'Name', createdAt: T0 });
    const r = cancelSubscription(makeWorld([sub]), {
      subscriptionId: sub.subscriptionId,
      personaId: 'admin',
      body: { confirmation: 'Name', reason: 'other' },
      now: T0 - DAY_MS,
    });
    expect(expectError(r)).toMatchObject({ status: 409, code: 'ClockConflict' });
  });

  it('Limits: a subscription that holds the most cancellations a world keeps refuses another', () => {
    const record = {
      requestedAt: T0 - 2 * DAY_MS,
      requestedBy: 'admin',
      propagationDelayMs: DELAY,
      reactivatedAt: T0 - DAY_MS,
    };
    const sub = makeSub({
      displayName: 'Name',
      cancellations: Array.from({ length: 1000 }, () => record),
    });
    const r = cancelSubscription(makeWorld([sub]), {
      subscriptionId: sub.subscriptionId,
      personaId: 'admin',
      body: { confirmation: 'Name', reason: 'other' },
      now: T0,
    });
    expect(expectError(r)).toMatchObject({ status: 409, code: 'QuotaExceeded' });
  });
});
