import { describe, expect, it } from 'vitest';
import { API_VERSIONS, CLASSIC_ADMINISTRATORS_API_VERSION } from '@/contract/api-versions';
import {
  ACTIONS,
  classicAdministratorListSchema,
  classicAdminsWithRole,
  isAllowed,
  permissionListSchema,
  roleAssignmentListSchema,
} from '@/contract/authorization';
import { tenantListSchema } from '@/contract/tenants';
import { DEFAULT_IDS } from '../scenarios/default-ids';
import { arm, errorCode, useMockServer } from '../testing/mock-server-fixture';

const V = API_VERSIONS.authorization;
const permissions = (id: string): string =>
  `/subscriptions/${id}/providers/Microsoft.Authorization/permissions`;

async function allowed(id: string, persona: string, action: string): Promise<boolean> {
  const res = await arm(permissions(id), { apiVersion: V, persona });
  return isAllowed(permissionListSchema.parse(await res.json()).value, action);
}

describe('authorization and tenants', () => {
  useMockServer();

  it('R1: only the account admin is allowed to cancel, per the permissions call', async () => {
    expect(await allowed(DEFAULT_IDS.production, 'admin', ACTIONS.cancelSubscription)).toBe(true);
    expect(await allowed(DEFAULT_IDS.production, 'owner', ACTIONS.cancelSubscription)).toBe(false);
    expect(await allowed(DEFAULT_IDS.production, 'owner', ACTIONS.renameSubscription)).toBe(true);
    expect(await allowed(DEFAULT_IDS.enterprise, 'admin', ACTIONS.cancelSubscription)).toBe(false);
    expect(await allowed(DEFAULT_IDS.fabrikam, 'admin', ACTIONS.vmStart)).toBe(false);
    expect(await allowed(DEFAULT_IDS.fabrikam, 'admin', ACTIONS.supportTicketWrite)).toBe(true);
  });

  it('R1: the classic administrators read names each subscription’s account administrator', async () => {
    const admins = async (id: string, persona = 'admin') =>
      classicAdministratorListSchema.parse(
        await (
          await arm(
            `/subscriptions/${id}/providers/Microsoft.Authorization/classicAdministrators`,
            {
              apiVersion: CLASSIC_ADMINISTRATORS_API_VERSION,
              persona,
            },
          )
        ).json(),
      ).value;
    const enterprise = classicAdminsWithRole(
      await admins(DEFAULT_IDS.enterprise),
      'AccountAdministrator',
    );
    expect(enterprise.map((a) => a.properties)).toEqual([
      {
        emailAddress: 'morgan.patel@contoso.onmicrosoft.com',
        role: 'ServiceAdministrator;AccountAdministrator',
        displayName: 'Morgan Patel',
      },
    ]);
    // A reader sees who to ask too; the persona holding the role is named when there is one.
    const production = await admins(DEFAULT_IDS.production, 'reader');
    expect(production[0]?.properties).toMatchObject({
      displayName: 'Avery Howard',
      emailAddress: 'avery.howard@contoso.onmicrosoft.com',
    });
    expect(production[0]?.type).toBe('Microsoft.Authorization/classicAdministrators');
  });

  it('permissions: 404 for an unknown subscription, 401 without a token', async () => {
    const missing = await arm(permissions('00000000-0000-4000-8000-000000000000'), {
      apiVersion: V,
    });
    expect(await errorCode(missing)).toBe('SubscriptionNotFound');
    expect(
      (await arm(permissions(DEFAULT_IDS.production), { apiVersion: V, persona: null })).status,
    ).toBe(401);
  });

  it('My role: one roleAssignments call lists the caller’s role on every subscription', async () => {
    const res = await arm('/providers/Microsoft.Authorization/roleAssignments', { apiVersion: V });
    const list = roleAssignmentListSchema.parse(await res.json());
    const byScope = new Map(
      list.value.map((a) => [a.properties.scope, a.properties.roleDefinitionName]),
    );
    expect(byScope.get(`/subscriptions/${DEFAULT_IDS.production}`)).toBe('Account admin');
    expect(byScope.get(`/subscriptions/${DEFAULT_IDS.enterprise}`)).toBe('Owner');
    expect(byScope.get(`/subscriptions/${DEFAULT_IDS.fabrikam}`)).toBe('Reader');
    const reader = roleAssignmentListSchema.parse(
      await (
        await arm('/providers/Microsoft.Authorization/roleAssignments', {
          apiVersion: V,
          persona: 'reader',
        })
      ).json(),
    );
    expect(new Set(reader.value.map((a) => a.properties.roleDefinitionName))).toEqual(
      new Set(['Reader']),
    );
  });

  it('tenants: the caller’s directory for the top bar', async () => {
    const res = await arm('/tenants', { apiVersion: API_VERSIONS.subscriptions });
    const list = tenantListSchema.parse(await res.json());
    expect(list.value[0]).toMatchObject({
      displayName: 'Contoso',
      defaultDomain: 'contoso.onmicrosoft.com',
    });
    expect((await arm('/tenants', { apiVersion: null })).status).toBe(400);
  });
});
