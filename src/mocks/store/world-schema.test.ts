import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from '@/contract/zod';
import type { CancellationRecord, Persona, StoredSubscription, World } from '@/domain/model';
import type { StoredResource } from '@/domain/stored-resources';
import type { SupportTicket } from '@/domain/support-ticket';
import { buildScenario } from '../scenarios/registry';
import {
  type cancellationRecordSchema,
  type personaSchema,
  type storedResourceSchema,
  storedSubscriptionSchema,
  supportTicketRecordSchema,
  type worldSchema,
} from './world-schema';

const T = Date.UTC(2026, 2, 15, 9);

/** The fields the domain model declares that the schema does not check. */
type Unchecked<Model, Schema extends z.ZodMiniType> = Exclude<keyof Model, keyof z.infer<Schema>>;

describe('world schema', () => {
  it('checks every field the domain model declares (fails to compile when the model grows)', () => {
    expectTypeOf<Unchecked<World, typeof worldSchema>>().toEqualTypeOf<never>();
    expectTypeOf<
      Unchecked<StoredSubscription, typeof storedSubscriptionSchema>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Unchecked<CancellationRecord, typeof cancellationRecordSchema>
    >().toEqualTypeOf<never>();
    expectTypeOf<Unchecked<Persona, typeof personaSchema>>().toEqualTypeOf<never>();
    expectTypeOf<
      Unchecked<SupportTicket, typeof supportTicketRecordSchema>
    >().toEqualTypeOf<never>();
    expectTypeOf<z.infer<typeof storedResourceSchema>['type']>().toEqualTypeOf<
      StoredResource['type']
    >();
  });

  it('refuses a field the model does not declare: the API never writes one, so it could only be padding', () => {
    const world = buildScenario('default', T);
    const sub = { ...world.subscriptions[0], padding: 'x'.repeat(1000) };
    const parsed = storedSubscriptionSchema.safeParse(sub);
    expect(parsed.error?.issues[0]?.message).toBe('Unrecognized key: "padding"');
  });

  it('R13: a ticket saved before tickets carried the desk reply still loads; a made-up reply does not', () => {
    const world = buildScenario('default', T);
    const oldTicket = {
      name: 'old-1',
      subscriptionId: world.subscriptions[0]?.subscriptionId ?? '',
      problemType: 'billing',
      title: 'Invoice',
      description: 'A question about it',
      createdBy: 'admin',
      createdAt: T,
    };
    expect(supportTicketRecordSchema.safeParse(oldTicket).success).toBe(true);
    const badReply = { ...oldTicket, reply: { code: 'made-up' } };
    expect(supportTicketRecordSchema.safeParse(badReply).success).toBe(false);
  });

  it('R1: the account admin contact is optional (a persona holds the role on most subscriptions)', () => {
    const { accountAdmin: _gone, ...sub } = buildScenario('default', T).subscriptions[3] ?? {};
    expect(storedSubscriptionSchema.safeParse(sub).success).toBe(true);
  });
});
