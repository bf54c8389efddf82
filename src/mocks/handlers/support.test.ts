import { describe, expect, it } from 'vitest';
import { API_VERSIONS } from '@/contract/api-versions';
import { billingSubscriptionSchema } from '@/contract/billing';
import { armErrorSchema } from '@/contract/errors';
import { subscriptionSchema } from '@/contract/subscriptions';
import {
  supportTicketListSchema,
  supportTicketSchema,
  type SupportTicketCreate,
} from '@/contract/support';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, demo, errorCode, useMockServer } from '../testing/mock-server-fixture';

const V = API_VERSIONS.support;
const ticketPath = (sub: string, name: string): string =>
  `/subscriptions/${sub}/providers/Microsoft.Support/supportTickets/${name}`;

function body(problemType: SupportTicketCreate['properties']['problemType']): SupportTicketCreate {
  return {
    properties: {
      title: 'Please reactivate',
      description: 'Cancelled by mistake.',
      problemType,
      severity: 'moderate',
    },
  };
}

const put = (sub: string, name: string, content: unknown, persona = 'admin'): Promise<Response> =>
  arm(ticketPath(sub, name), { method: 'PUT', apiVersion: V, body: content, persona });

describe('support requests', () => {
  useMockServer();

  it('R13: files a billing request (201) that lands in the caller’s list; a retry answers 200 once', async () => {
    const created = await put(DEFAULT_IDS.production, 'billing-question-1', body('billing'));
    expect(created.status).toBe(201);
    expect(supportTicketSchema.parse(await created.json()).properties).toMatchObject({
      status: 'Open',
      problemType: 'billing',
    });
    const retried = await put(DEFAULT_IDS.production, 'billing-question-1', body('billing'));
    expect(retried.status).toBe(200);
    const list = supportTicketListSchema.parse(
      await (await arm('/providers/Microsoft.Support/supportTickets', { apiVersion: V })).json(),
    );
    expect(list.value.map((t) => t.name)).toEqual(['billing-question-1']);
  });

  it('R13: a reader may file a request too', async () => {
    expect(
      (await put(DEFAULT_IDS.production, 'reader-ticket', body('technical'), 'reader')).status,
    ).toBe(201);
  });

  it('R11: a reactivation request within 90 days resolves after 1 hour and enables the subscription', async () => {
    const res = await put(
      DEFAULT_IDS.sandbox,
      'reactivate-sandbox',
      body('subscription-reactivation'),
    );
    expect(res.status).toBe(201);
    const ticket = supportTicketSchema.parse(await res.json());
    expect(ticket.properties.status).toBe('Open');
    expect(ticket.properties.expectedResolutionDate).toBeDefined();
    const billing = billingSubscriptionSchema.parse(
      await (
        await arm(
          `/subscriptions/${DEFAULT_IDS.sandbox}/providers/Microsoft.Billing/billingSubscriptions/default`,
          { apiVersion: API_VERSIONS.billing },
        )
      ).json(),
    );
    expect(billing.properties.lifecycle.phase).toBe('reactivation-pending');
    expect(billing.properties.lifecycle.pendingReactivation?.ticketName).toBe('reactivate-sandbox');

    await demo('clock', { advanceMs: 3_600_000 });
    const sub = subscriptionSchema.parse(
      await (
        await arm(`/subscriptions/${DEFAULT_IDS.sandbox}`, {
          apiVersion: API_VERSIONS.subscriptions,
        })
      ).json(),
    );
    expect(sub.state).toBe('Enabled');
    const resolved = supportTicketSchema.parse(
      await (
        await arm(ticketPath(DEFAULT_IDS.sandbox, 'reactivate-sandbox'), { apiVersion: V })
      ).json(),
    );
    expect(resolved.properties).toMatchObject({ status: 'Closed', resolution: 'Resolved' });
  });

  it('R11: a reactivation request after 90 days is refused with the reason', async () => {
    await demo('clock', { advanceMs: 6 * 86_400_000 });
    const res = await put(DEFAULT_IDS.sandbox, 'too-late', body('subscription-reactivation'));
    const ticket = supportTicketSchema.parse(await res.json());
    expect(ticket.properties).toMatchObject({ status: 'Closed', resolution: 'Refused' });
    expect(ticket.properties.refusalReason).toContain('90 days');
    const { refusalCode, refusalParameters, reply } = ticket.properties;
    expect(refusalCode).toBe('reactivation-window-closed');
    expect(Object.keys(refusalParameters ?? {}).sort()).toEqual([
      'cancelledAt',
      'reactivationPossibleUntil',
    ]);
    expect(reply).toMatchObject({
      code: 'reactivation-window-closed',
      parameters: refusalParameters,
    });
  });

  it('R11: a billing request about a subscription only support can bring back is answered after 1 hour with how to ask', async () => {
    const filed = supportTicketSchema.parse(
      await (await put(DEFAULT_IDS.sandbox, 'billing-sandbox', body('billing'))).json(),
    );
    expect(filed.properties.status).toBe('Open');
    expect(filed.properties.reply).toBeUndefined();
    const read = async () =>
      supportTicketSchema.parse(
        await (
          await arm(ticketPath(DEFAULT_IDS.sandbox, 'billing-sandbox'), { apiVersion: V })
        ).json(),
      ).properties;
    await demo('clock', { advanceMs: 3_600_000 - 60_000 });
    expect((await read()).status).toBe('Open');
    await demo('clock', { advanceMs: 60_000 });
    const answered = await read();
    expect(answered).toMatchObject({
      status: 'Closed',
      resolution: 'Resolved',
      modifiedDate: filed.properties.expectedResolutionDate,
      reply: {
        code: 'reactivation-by-support-request',
        date: filed.properties.expectedResolutionDate,
      },
    });
    expect(answered.reply?.parameters.reactivationPossibleUntil).toMatch(/Z$/);
    expect(answered.refusalCode).toBeUndefined();
  });

  it('400 for an invalid body or malformed JSON, 404 for an unknown subscription, 401 without a token', async () => {
    const invalid = await put(DEFAULT_IDS.production, 't1', {
      properties: { title: '', description: 'x', problemType: 'billing' },
    });
    expect(await errorCode(invalid)).toBe('InvalidRequestContent');
    const malformed = await arm(ticketPath(DEFAULT_IDS.production, 't2'), {
      method: 'PUT',
      apiVersion: V,
      rawBody: 'nope',
    });
    expect(await errorCode(malformed)).toBe('InvalidRequestContent');
    const missing = await put('00000000-0000-4000-8000-000000000000', 't3', body('billing'));
    expect(await errorCode(missing)).toBe('SubscriptionNotFound');
    expect(
      (await arm('/providers/Microsoft.Support/supportTickets', { apiVersion: V, persona: null }))
        .status,
    ).toBe(401);
  });

  it('R14: the same PUT again answers 200 with the ticket; the name held by another request or caller answers 409 "in use"', async () => {
    const first = await put(DEFAULT_IDS.production, 'question-1', body('billing'));
    expect(first.status).toBe(201);
    const ticket = supportTicketSchema.parse(await first.json());
    const again = await put(DEFAULT_IDS.production, 'question-1', body('billing'));
    expect(again.status).toBe(200);
    expect(supportTicketSchema.parse(await again.json()).properties.supportTicketId).toBe(
      ticket.properties.supportTicketId,
    );
    const other = { properties: { ...body('billing').properties, title: 'Another question' } };
    for (const conflicting of [
      await put(DEFAULT_IDS.production, 'question-1', other),
      await put(DEFAULT_IDS.production, 'question-1', body('billing'), 'owner'),
    ]) {
      expect(conflicting.status).toBe(409);
      expect(armErrorSchema.parse(await conflicting.json()).error.message).toContain(
        "'question-1' is already in use by another request",
      );
    }
  });

  it('R13: titles and descriptions count characters and refuse control characters, naming the field', async () => {
    const send = (properties: Partial<SupportTicketCreate['properties']>) =>
      put(DEFAULT_IDS.production, 'text-1', {
        properties: { ...body('billing').properties, ...properties },
      });
    expect((await send({ title: '😀'.repeat(200) })).status).toBe(201);
    for (const [properties, field] of [
      [{ title: 'Line\nbreak' }, 'properties.title'],
      [{ description: 'Pay \u202Eme' }, 'properties.description'],
      [{ title: 'x'.repeat(201) }, 'properties.title'],
    ] as const) {
      const refused = await send(properties);
      const { error } = armErrorSchema.parse(await refused.json());
      expect([refused.status, error.code]).toEqual([400, 'InvalidRequestContent']);
      expect(error.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: must`));
    }
  });
});
