import { describe, expect, it } from 'vitest';
import { OFFERS } from '@/domain/offers';
import { subscriptionStateAt } from '@/domain/state';
import { DAY_MS } from '@/domain/time';
import { DEFAULT_IDS } from './default-ids';
import { isSubscriptionId } from '@/contract/subscriptions';
import { accountAdminOf } from '@/domain/account-admin';
import { LARGE_TENANT_SIZE } from './large-tenant-scenario';
import { buildScenario } from './registry';

const NOW = Date.parse('2025-06-15T09:30:00Z');

describe('scenarios', () => {
  it('default matches contract §4: ids, names, offers, states and the admin’s roles', () => {
    const world = buildScenario('default', NOW);
    const rows = world.subscriptions.map((s) => [
      s.subscriptionId,
      s.displayName,
      OFFERS[s.offer].displayName,
      subscriptionStateAt(s, NOW).armState,
      s.roles.admin,
    ]);
    expect(rows).toEqual([
      [DEFAULT_IDS.production, 'Contoso Production', 'Pay-As-You-Go', 'Enabled', 'AccountAdmin'],
      [
        DEFAULT_IDS.devTest,
        'Contoso Dev/Test',
        'Visual Studio Enterprise',
        'Enabled',
        'AccountAdmin',
      ],
      [DEFAULT_IDS.freeTrial, 'Free Trial', 'Free Trial', 'Enabled', 'AccountAdmin'],
      [DEFAULT_IDS.enterprise, 'Contoso Enterprise', 'Enterprise Agreement', 'Enabled', 'Owner'],
      [DEFAULT_IDS.fabrikam, 'Fabrikam Analytics', 'Pay-As-You-Go', 'Enabled', 'Reader'],
      [
        DEFAULT_IDS.legacyMarketing,
        'Legacy Marketing',
        'Pay-As-You-Go',
        'Disabled',
        'AccountAdmin',
      ],
      [
        DEFAULT_IDS.sandbox,
        'Contoso Sandbox',
        'Visual Studio Professional',
        'Disabled',
        'AccountAdmin',
      ],
    ]);
  });

  it('default: personas, roles of owner and reader, support plan, anchor day, credit, cancellations', () => {
    const world = buildScenario('default', NOW);
    expect(world.personas.map((p) => [p.id, p.displayName, p.userPrincipalName])).toEqual([
      ['admin', 'Avery Howard', 'avery.howard@contoso.onmicrosoft.com'],
      ['owner', 'Sam Lee', 'sam.lee@contoso.onmicrosoft.com'],
      ['reader', 'Riley Chen', 'riley.chen@contoso.onmicrosoft.com'],
    ]);
    expect(
      world.subscriptions.every((s) => s.roles.owner === 'Owner' && s.roles.reader === 'Reader'),
    ).toBe(true);
    const [prod, , trial] = world.subscriptions;
    expect(prod).toMatchObject({ supportPlan: 'Standard', billingAnchorDay: 5 });
    expect(world.subscriptions.filter((s) => s.supportPlan !== undefined)).toHaveLength(1);
    expect(trial?.creditRemaining).toBeGreaterThan(0);
    const cancelledAgo = world.subscriptions.flatMap((s) =>
      s.cancellations.map((c) => [s.displayName, (NOW - c.requestedAt) / DAY_MS]),
    );
    expect(cancelledAgo).toEqual([
      ['Legacy Marketing', 30],
      ['Contoso Sandbox', 85],
    ]);
  });

  it('R5: default propagation delays are 5–10 minutes and deterministic', () => {
    const a = buildScenario('default', NOW).subscriptions.map((s) => s.propagationDelayMs);
    const b = buildScenario('default', NOW + 123_456).subscriptions.map(
      (s) => s.propagationDelayMs,
    );
    expect(a).toEqual(b);
    expect(a.every((d) => d >= 300_000 && d <= 600_000)).toBe(true);
  });

  it('default resources: Production has 2 running VMs (dynamic + static IP), storage, SQL, a running web app; Dev/Test a stopped VM and storage', () => {
    const world = buildScenario('default', NOW);
    const of = (id: string): string[] =>
      world.resources
        .filter((r) => r.subscriptionId === id)
        .map((r) =>
          r.type === 'Microsoft.Compute/virtualMachines'
            ? `vm:${r.powerState}:${r.publicIp?.allocation ?? '-'}`
            : r.type === 'Microsoft.Web/sites'
              ? `web:${r.state}`
              : r.type,
        );
    expect(of(DEFAULT_IDS.production).sort()).toEqual(
      [
        'vm:running:Dynamic',
        'vm:running:Static',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Sql/servers/databases',
        'web:running',
      ].sort(),
    );
    expect(of(DEFAULT_IDS.devTest).sort()).toEqual(
      ['Microsoft.Storage/storageAccounts', 'vm:stopped:-'].sort(),
    );
  });

  it('large-tenant: 5,000 subscriptions of mixed offers, states and roles, deterministic', () => {
    const a = buildScenario('large-tenant', NOW);
    const b = buildScenario('large-tenant', NOW);
    expect(a.subscriptions).toHaveLength(LARGE_TENANT_SIZE);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new Set(a.subscriptions.map((s) => s.subscriptionId)).size).toBe(LARGE_TENANT_SIZE);
    expect(a.subscriptions.every((s) => isSubscriptionId(s.subscriptionId))).toBe(true);
    expect(new Set(a.subscriptions.map((s) => s.offer)).size).toBe(6);
    expect(new Set(a.subscriptions.map((s) => subscriptionStateAt(s, NOW).armState))).toEqual(
      new Set(['Enabled', 'Disabled', 'Deleted', 'PastDue', 'Warned']),
    );
    expect(new Set(a.subscriptions.map((s) => s.roles.admin)).size).toBe(6);
  });

  it('R1: in large-tenant every subscription names its account administrator', () => {
    const world = buildScenario('large-tenant', NOW);
    const unnamed = world.subscriptions.filter((s) => accountAdminOf(world, s) === undefined);
    expect(unnamed).toEqual([]);
  });

  it('large-tenant: the whole world stays a modest size even before compaction', () => {
    const size = JSON.stringify(buildScenario('large-tenant', NOW)).length;
    expect(size).toBeLessThan(3_000_000);
  });

  it('empty: personas but no subscriptions', () => {
    const world = buildScenario('empty', NOW);
    expect(world.subscriptions).toEqual([]);
    expect(world.personas).toHaveLength(3);
  });
});
