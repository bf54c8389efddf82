import { describe, expect, it } from 'vitest';
import { MAX_SUPPORT_TICKETS } from '@/contract/support';
import { OFFER_KEYS, type OfferKey } from './offers';
import { ROLES } from './roles';
import { type World } from './model';
import { enableSubscription } from './reactivate';
import { resourcesAt } from './resources';
import { subscriptionStateAt } from './state';
import {
  createSupportTicket,
  deskAnswerAt,
  deskReplyOf,
  SUPPORT_RESOLUTION_MS,
  ticketStatusAt,
  type CreateTicketInput,
} from './support';
import {
  cancelledOffer,
  DELAY,
  expectError,
  expectOk,
  makeSub,
  makeWorld,
  PAYG,
  PERSONA_BY_ROLE,
  subIdFor,
  subIn,
  T0,
} from './test-fixtures';
import { DAY_MS, HOUR_MS } from './time';

const VSE = subIdFor('vs-enterprise');

// Support is the way back for the offers that cannot reactivate themselves (R11), so most tests start there.
const cancelled = (offer: OfferKey = 'vs-enterprise'): World => cancelledOffer(offer);

const ticket = (extra: Partial<CreateTicketInput> = {}): CreateTicketInput => ({
  name: 'ticket-1',
  subscriptionId: VSE,
  problemType: 'subscription-reactivation',
  title: 'Please reactivate',
  description: 'Cancelled by mistake.',
  personaId: 'admin',
  now: T0 + 89 * DAY_MS,
  ...extra,
});

describe('Reactivation by support request', () => {
  it.each(OFFER_KEYS.filter((o) => o !== 'payg'))(
    'R11: %s filed on day 89 resolves after 1 hour, not before',
    (offer) => {
      const filed = T0 + 89 * DAY_MS;
      const { world, result } = expectOk(
        createSupportTicket(
          cancelled(offer),
          ticket({ subscriptionId: subIdFor(offer), now: filed }),
        ),
      );
      expect(result.created).toBe(true);
      expect(ticketStatusAt(result.ticket, filed + HOUR_MS - 1)).toBe('open');
      expect(ticketStatusAt(result.ticket, filed + HOUR_MS)).toBe('resolved');
      const sub = subIn(world, subIdFor(offer));
      expect(sub.cancellations[0]).toMatchObject({
        reactivatedAt: filed + HOUR_MS,
        reactivatedVia: 'support',
        reactivationTicket: 'ticket-1',
      });
      expect(subscriptionStateAt(sub, filed + HOUR_MS - 1)).toMatchObject({
        armState: 'Disabled',
        phase: 'reactivation-pending',
      });
      expect(subscriptionStateAt(sub, filed + HOUR_MS).armState).toBe('Enabled');
      // R10 effects apply: storage writable again, VMs stay deallocated.
      const views = resourcesAt(world, subIdFor(offer), filed + HOUR_MS);
      expect(views.find((v) => v.kind === 'storage')).toMatchObject({ access: 'read-write' });
      expect(views.find((v) => v.kind === 'vm')).toMatchObject({ powerState: 'deallocated' });
    },
  );

  it('R11: filed on day 91 the request is refused with the reason, and nothing comes back', () => {
    const { world, result } = expectOk(
      createSupportTicket(cancelled(), ticket({ now: T0 + 91 * DAY_MS })),
    );
    expect(ticketStatusAt(result.ticket, T0 + 91 * DAY_MS)).toBe('refused');
    expect(result.ticket.refusalCode).toBe('reactivation-window-closed');
    expect(result.ticket.refusalReason).toContain('90 days');
    expect(world.tickets).toEqual([result.ticket]);
    expect(subscriptionStateAt(subIn(world, VSE), T0 + 92 * DAY_MS).armState).toBe('Deleted');
  });

  it('R11: a request accepted just before day 90 defers the deletion until it takes effect', () => {
    const filed = T0 + 90 * DAY_MS - 30 * 60_000;
    const { world } = expectOk(createSupportTicket(cancelled(), ticket({ now: filed })));
    const sub = subIn(world, VSE);
    expect(subscriptionStateAt(sub, T0 + 90 * DAY_MS)).toMatchObject({
      armState: 'Disabled',
      phase: 'reactivation-pending',
    });
    expect(resourcesAt(world, VSE, T0 + 90 * DAY_MS)).toHaveLength(5);
    expect(subscriptionStateAt(sub, filed + HOUR_MS).armState).toBe('Enabled');
  });

  it('R11: filed while the cancellation is still propagating, it is accepted too', () => {
    const { world } = expectOk(createSupportTicket(cancelled(), ticket({ now: T0 + DELAY - 1 })));
    expect(subscriptionStateAt(subIn(world, VSE), T0 + DELAY - 1 + HOUR_MS).armState).toBe(
      'Enabled',
    );
  });

  it('R11: a Pay-As-You-Go subscription may also come back by support; self-service then conflicts', () => {
    const filed = T0 + DAY_MS;
    const { world } = expectOk(
      createSupportTicket(cancelled('payg'), ticket({ subscriptionId: PAYG, now: filed })),
    );
    expect(
      expectError(
        enableSubscription(world, { subscriptionId: PAYG, personaId: 'admin', now: filed + 1 }),
      ).code,
    ).toBe('SubscriptionReactivationPending');
  });

  it('R11: a request for a subscription that is not cancelled is refused', () => {
    const { result } = expectOk(
      createSupportTicket(makeWorld([makeSub({ offer: 'vs-enterprise' })]), ticket({ now: T0 })),
    );
    expect(result.ticket.refusalCode).toBe('not-cancelled');
  });

  it('R14: a second reactivation request joins the first and schedules nothing new', () => {
    const first = expectOk(createSupportTicket(cancelled(), ticket({ now: T0 + DAY_MS })));
    const second = expectOk(
      createSupportTicket(
        first.world,
        ticket({ name: 'ticket-2', now: T0 + DAY_MS + 10 * 60_000 }),
      ),
    );
    expect(second.result.ticket.resolvedAt).toBe(T0 + DAY_MS + HOUR_MS);
    expect(subIn(second.world, VSE).cancellations).toEqual(subIn(first.world, VSE).cancellations);
  });
});

describe('Contact support', () => {
  it.each(ROLES)('R13: %s may file a billing support request, answered after 1 hour', (role) => {
    const { world, result } = expectOk(
      createSupportTicket(
        makeWorld(),
        ticket({
          subscriptionId: PAYG,
          problemType: 'billing',
          personaId: PERSONA_BY_ROLE[role],
          now: T0,
        }),
      ),
    );
    expect(world.tickets).toHaveLength(1);
    expect(result.ticket).toMatchObject({
      problemType: 'billing',
      createdBy: PERSONA_BY_ROLE[role],
      createdAt: T0,
    });
    expect(ticketStatusAt(result.ticket, T0 + HOUR_MS - 1)).toBe('open');
    expect(ticketStatusAt(result.ticket, T0 + HOUR_MS)).toBe('resolved');
    expect(deskReplyOf(result.ticket)).toEqual({ code: 'request-answered' });
  });

  it('R13: a cancelled or deleted subscription still accepts support requests', () => {
    expect(
      createSupportTicket(cancelled(), ticket({ problemType: 'billing', now: T0 + 100 * DAY_MS }))
        .ok,
    ).toBe(true);
  });

  it('R14: a retried PUT returns the stored ticket; different content under the same name conflicts', () => {
    const first = expectOk(
      createSupportTicket(
        makeWorld(),
        ticket({ subscriptionId: PAYG, problemType: 'billing', now: T0 }),
      ),
    );
    const retry = expectOk(
      createSupportTicket(
        first.world,
        ticket({ subscriptionId: PAYG, problemType: 'billing', now: T0 + 5000 }),
      ),
    );
    expect(retry.result.created).toBe(false);
    expect(retry.world).toBe(first.world);
    expect(
      expectError(
        createSupportTicket(
          first.world,
          ticket({ subscriptionId: PAYG, problemType: 'billing', title: 'Other', now: T0 }),
        ),
      ),
    ).toMatchObject({ status: 409 });
  });

  it('R14: the same request again is idempotent; the name held by other content or another caller answers 409 "in use"', () => {
    const request = ticket({
      subscriptionId: PAYG,
      problemType: 'billing',
      severity: 'moderate',
      contactEmail: 'avery@contoso.com',
      now: T0,
    });
    const first = expectOk(createSupportTicket(makeWorld(), request));
    const again = expectOk(createSupportTicket(first.world, { ...request, now: T0 + 60_000 }));
    expect([again.result.created, again.result.ticket]).toEqual([false, first.result.ticket]);
    for (const other of [
      { ...request, severity: 'critical' as const },
      { ...request, contactEmail: 'someone@contoso.com' },
      { ...request, personaId: 'owner' },
    ]) {
      const error = expectError(createSupportTicket(first.world, other));
      expect(error).toMatchObject({ status: 409, code: 'Conflict' });
      expect(error.message).toBe(
        `The support ticket name '${request.name}' is already in use by another request; choose another name.`,
      );
    }
  });

  it('R13: title and description count characters (code points) and refuse control characters; a description keeps its lines', () => {
    const file = (extra: Partial<CreateTicketInput>) =>
      createSupportTicket(makeWorld(), ticket({ subscriptionId: PAYG, now: T0, ...extra }));
    expect(file({ title: '😀'.repeat(200), description: 'Line 1\nLine 2\r\n\tLine 3' }).ok).toBe(
      true,
    );
    expect(expectError(file({ title: '😀'.repeat(201) })).message).toBe(
      'properties.title: must be at most 200 characters, counted as Unicode code points (it has 201).',
    );
    expect(expectError(file({ title: 'Invoice\nquestion' })).message).toContain(
      'properties.title: must not contain control characters or line breaks',
    );
    expect(expectError(file({ description: 'Pay \u202Eme' })).message).toContain(
      'properties.description: must not contain control characters, line or paragraph separators, bidirectional overrides or unpaired surrogates (found U+202E at character 5)',
    );
    expect(expectError(file({ contactEmail: `${'a'.repeat(250)}@x.com` })).message).toContain(
      'properties.contactDetails.primaryEmailAddress: must be at most 254 characters',
    );
  });

  it('R13: a world holds at most MAX_SUPPORT_TICKETS requests; a retry of a stored one still answers', () => {
    let world = makeWorld();
    const request = (n: number) =>
      ticket({ subscriptionId: PAYG, problemType: 'billing', name: `t-${n}`, now: T0 });
    for (let n = 0; n < MAX_SUPPORT_TICKETS; n++)
      world = expectOk(createSupportTicket(world, request(n))).world;
    expect(expectError(createSupportTicket(world, request(MAX_SUPPORT_TICKETS)))).toMatchObject({
      status: 409,
      code: 'QuotaExceeded',
    });
    expect(expectOk(createSupportTicket(world, request(0))).result.created).toBe(false);
  });

  it.each([
    ['an empty title', { title: ' ' }],
    ['an empty description', { description: '' }],
    ['a bad name', { name: 'a b' }],
    ['an unknown problem type', { problemType: 'nope' as 'billing' }],
  ])('R13: %s is rejected with 400', (_label, extra) => {
    expect(
      expectError(
        createSupportTicket(makeWorld(), ticket({ subscriptionId: PAYG, now: T0, ...extra })),
      ).status,
    ).toBe(400);
  });
});

describe('Support desk: every request is answered', () => {
  it('R13: the desk answers one hour of clock time after filing', () => {
    expect(SUPPORT_RESOLUTION_MS).toBe(HOUR_MS);
  });

  it.each([
    ['vs-enterprise', 'reactivation-by-support-request'],
    ['free-trial', 'reactivation-by-support-request'],
    ['payg', 'reactivation-self-service'],
  ] as const)(
    'R11: a billing request about a cancelled %s subscription is answered with how to bring it back',
    (offer, code) => {
      const filed = T0 + 30 * DAY_MS;
      const { result } = expectOk(
        createSupportTicket(
          cancelled(offer),
          ticket({ subscriptionId: subIdFor(offer), problemType: 'billing', now: filed }),
        ),
      );
      expect(deskAnswerAt(result.ticket)).toBe(filed + HOUR_MS);
      expect(deskReplyOf(result.ticket)).toEqual({
        code,
        cancelledAt: T0,
        reactivationPossibleUntil: T0 + 90 * DAY_MS,
      });
    },
  );

  it('R11: a billing request about a deleted subscription gets the plain answer, nothing to reactivate', () => {
    const { result } = expectOk(
      createSupportTicket(cancelled(), ticket({ problemType: 'technical', now: T0 + 91 * DAY_MS })),
    );
    expect(deskReplyOf(result.ticket)).toEqual({ code: 'request-answered' });
  });

  it('R11: a refusal carries its code and the dates it quotes', () => {
    const { result } = expectOk(
      createSupportTicket(cancelled(), ticket({ now: T0 + 91 * DAY_MS })),
    );
    expect(deskReplyOf(result.ticket)).toEqual({
      code: 'reactivation-window-closed',
      cancelledAt: T0,
      reactivationPossibleUntil: T0 + 90 * DAY_MS,
    });
  });

  it('R11: an accepted reactivation answers subscription-reactivated at the moment it takes effect', () => {
    const filed = T0 + DAY_MS;
    const { result } = expectOk(createSupportTicket(cancelled(), ticket({ now: filed })));
    expect(deskReplyOf(result.ticket)).toEqual({
      code: 'subscription-reactivated',
      cancelledAt: T0,
    });
    expect(deskAnswerAt(result.ticket)).toBe(filed + HOUR_MS);
  });

  it('R13: a ticket saved before the desk answered every request is answered as a new one would be', () => {
    const old = {
      name: 'old',
      subscriptionId: PAYG,
      problemType: 'billing' as const,
      title: 'Invoice',
      description: 'A question about it',
      createdBy: 'admin',
      createdAt: T0,
    };
    expect(ticketStatusAt(old, T0 + HOUR_MS)).toBe('resolved');
    expect(deskReplyOf(old)).toEqual({ code: 'request-answered' });
    expect(deskReplyOf({ ...old, refusalCode: 'not-cancelled', refusalReason: 'x' })).toEqual({
      code: 'not-cancelled',
    });
    expect(
      deskReplyOf({ ...old, problemType: 'subscription-reactivation', resolvedAt: T0 + HOUR_MS }),
    ).toEqual({ code: 'subscription-reactivated' });
  });
});
