import type { HttpHandler } from 'msw';
import { permissionsFor } from '@/domain/permissions';
import { toClassicAdministrators, toRoleAssignment } from '../views/role-assignment-view';
import { armSubscriptionList } from './arm-list';
import { armRoute } from './arm-route';
import { armJson } from './arm-response';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';

export function authorizationHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    // R1: what the caller may do on one subscription, as ARM's permissions call answers it.
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/providers/Microsoft.Authorization/permissions',
      operation: 'permissions',
      family: 'authorization',
      run: (_ctx, access) => {
        return armJson({ value: [permissionsFor(access.role)] });
      },
    }),
    // R1: who the account administrator is, so a refusal can name whom to ask.
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/providers/Microsoft.Authorization/classicAdministrators',
      // Faulted with the role assignments: both answer who holds which role.
      operation: 'roleAssignments',
      family: 'authorization',
      run: ({ world }, access) => {
        return armJson({ value: toClassicAdministrators(world, access.sub) });
      },
    }),
    // "My role" for the whole blade in one call: the caller's assignments on every subscription.
    armRoute(deps, {
      method: 'get',
      path: '/providers/Microsoft.Authorization/roleAssignments',
      operation: 'roleAssignments',
      family: 'authorization',
      run: ({ world, persona }) =>
        armSubscriptionList(world.subscriptions, persona.id, (sub, role) =>
          toRoleAssignment(sub, persona, role),
        ),
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/providers/Microsoft.Authorization/roleAssignments',
      operation: 'roleAssignments',
      family: 'authorization',
      run: ({ persona }, access) => {
        return armJson({ value: [toRoleAssignment(access.sub, persona, access.role)] });
      },
    }),
  ];
}
