import type { HttpHandler } from 'msw';
import type { Tenant } from '@/contract/tenants';
import { armRoute } from './arm-route';
import { armJson } from './arm-response';
import type { HandlerDeps } from './handler-deps';

/** The caller's directory, for the top bar (`GET /tenants`, Microsoft.Resources 2022-12-01). */
export function tenantHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    armRoute(deps, {
      method: 'get',
      path: '/tenants',
      operation: 'tenants',
      family: 'subscriptions',
      run: ({ persona }) => {
        const domain = persona.userPrincipalName.split('@')[1] ?? 'onmicrosoft.com';
        const tenant: Tenant = {
          id: `/tenants/${persona.tenantId}`,
          tenantId: persona.tenantId,
          tenantCategory: 'Home',
          displayName: persona.directoryName,
          defaultDomain: domain,
          domains: [domain],
        };
        return armJson({ value: [tenant] });
      },
    }),
  ];
}
