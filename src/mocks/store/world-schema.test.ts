import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from '@/contract/zod';
import type { CancellationRecord, Persona, StoredSubscription, World } from '@/domain/model';
import type { StoredResource } from '@/domain/stored-resources';
import type { SupportTicket } from '@/domain/support-ticket';
import { buildScenario, SCENARIO_IDS } from '../scenarios/registry';
import {
  type cancellationRecordSchema,
  type personaSchema,
  type storedResourceSchema,
  type storedSubscriptionSchema,
  type supportTicketRecordSchema,
  worldSchema,
} from './world-schema';

describe('world schema', () => {
  it('checks every field the domain model declares (fails to compile when the model grows)', () => {
    expectTypeOf<Exclude<keyof World, keyof z.infer<typeof worldSchema>>>().toEqualTypeOf<never>();
    expectTypeOf<
      Exclude<keyof StoredSubscription, keyof z.infer<typeof storedSubscriptionSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Exclude<keyof CancellationRecord, keyof z.infer<typeof cancellationRecordSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Exclude<keyof Persona, keyof z.infer<typeof personaSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Exclude<keyof SupportTicket, keyof z.infer<typeof supportTicketRecordSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<z.infer<typeof storedResourceSchema>['type']>().toEqualTypeOf<
      StoredResource['type']
    >();
  });

  it('accepts every built-in scenario', () => {
    for (const id of SCENARIO_IDS)
      expect(worldSchema.safeParse(buildScenario(id, Date.now())).success).toBe(true);
  });

  it('keeps fields it does not know yet (loose), so a newer model survives a round-trip', () => {
    const world = buildScenario('default', 0);
    const parsed = worldSchema.parse({ ...world, futureField: 1 });
    expect(parsed).toHaveProperty('futureField', 1);
  });

  it('R13: a world saved before tickets carried the desk reply or subscriptions their account admin still loads', () => {
    const world = buildScenario('default', 0);
    const oldTicket = {
      name: 'old-1',
      subscriptionId: world.subscriptions[0]?.subscriptionId ?? '',
      problemType: 'billing',
      title: 'Invoice',
      description: 'A question about it',
      createdBy: 'admin',
      createdAt: 0,
    };
    const subscriptions = world.subscriptions.map(({ accountAdmin: _gone, ...sub }) => sub);
    expect(worldSchema.safeParse({ ...world, subscriptions, tickets: [oldTicket] }).success).toBe(
      true,
    );
    const badReply = { ...oldTicket, reply: { code: 'made-up' } };
    expect(worldSchema.safeParse({ ...world, tickets: [badReply] }).success).toBe(false);
  });
});
