import type { HttpHandler } from 'msw';
import { resourceGroupCreateSchema } from '@/contract/resources';
import { resourceGroupNotFound } from '@/domain/arm-errors';
import { resourcesAt } from '@/domain/resources';
import { isDeletedAt } from '@/domain/state';
import { createResourceGroup } from '../commands/create-resource-group';
import { toGenericResource } from '../views/resource-view';
import { toResourceGroup } from '../views/resource-group-view';
import { armRoute } from './arm-route';
import { armError, armJson, describeIssues, readJsonBody } from './arm-response';
import { backupHandlers } from './backup-download';
import { commitCommand, failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';
import { moveHandlers } from './move-resources';
import { resourceActionHandlers } from './resource-actions';

const GROUPS = '/subscriptions/:subscriptionId/resourcegroups';

export function resourceHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/resources',
      operation: 'resources',
      family: 'resources',
      run: ({ world, now }, access) => {
        // R6 applied by the domain's views; R9: a deleted subscription lists nothing.
        return armJson({
          value: resourcesAt(world, access.sub.subscriptionId, now).map(toGenericResource),
        });
      },
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: GROUPS,
      operation: 'resourceGroups',
      family: 'resources',
      run: ({ world, now }, access) => {
        const groups = isDeletedAt(access.sub, now) ? [] : access.sub.resourceGroups;
        return armJson({ value: groups.map((name) => toResourceGroup(world, access.sub, name)) });
      },
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: `${GROUPS}/:resourceGroup`,
      operation: 'resourceGroups',
      family: 'resources',
      run: ({ world, now, params }, access) => {
        const wanted = (params.resourceGroup ?? '').toLowerCase();
        const name = access.sub.resourceGroups.find((g) => g.toLowerCase() === wanted);
        if (name === undefined || isDeletedAt(access.sub, now))
          return failureResponse(resourceGroupNotFound(params.resourceGroup ?? ''));
        return armJson(toResourceGroup(world, access.sub, name));
      },
    }),
    armRoute(deps, {
      method: 'put',
      path: `${GROUPS}/:resourceGroup`,
      operation: 'resourceGroups',
      family: 'resources',
      run: async (ctx) => {
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
        const parsed = resourceGroupCreateSchema.safeParse(body.value);
        if (!parsed.success)
          return armError(400, 'InvalidRequestContent', describeIssues(parsed.error.issues));
        const result = createResourceGroup(ctx.world, {
          subscriptionId: ctx.params.subscriptionId ?? '',
          name: ctx.params.resourceGroup ?? '',
          personaId: ctx.persona.id,
          now: ctx.now,
        });
        // The group's location is not stored (see toResourceGroup), so the answer reports the derived one.
        return commitCommand(ctx, result, (r) =>
          armJson(
            toResourceGroup(ctx.store.world(), r.subscription, r.name),
            r.created ? 201 : 200,
          ),
        );
      },
    }),
    ...resourceActionHandlers(deps),
    ...backupHandlers(deps),
    ...moveHandlers(deps),
  ];
}
