import { HttpResponse, type HttpHandler } from 'msw';
import { resourceGroupCreateSchema } from '@/contract/resources';
import { resourceGroupNotFound } from '@/domain/arm-errors';
import type { StoredSubscription } from '@/domain/model';
import { createResourceGroup } from '@/domain/resource-groups';
import { resourcesAt, type ResourceView } from '@/domain/resources';
import { isDeletedAt } from '@/domain/state';
import type { Access } from '@/domain/world';
import { toArmResource } from '../views/resource-view';
import { toResourceGroup } from '../views/resource-group-view';
import { armRoute, type ArmContext } from './arm-route';
import { armError, armJson, describeIssues, readJsonBody } from './arm-response';
import { backupHandlers } from './backup-download';
import { commitCommand, failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';
import { locationHandlers } from './locations';
import { subscriptionReadRoute } from './subscription-read-route';
import { moveHandlers } from './move-resources';
import { readResourceListQuery } from './resource-list-query';
import { resourceActionHandlers } from './resource-actions';

// Paths are matched case-insensitively (MSW's matcher, as ARM): `resourcegroups` here also answers
// the portal's `resourceGroups`, and `/resources` any casing of it.
const GROUPS = '/subscriptions/:subscriptionId/resourcegroups';

/** The group's name as stored, or undefined when the subscription has no such group (now). */
function groupNamed(sub: StoredSubscription, wanted: string, ctx: ArmContext): string | undefined {
  if (isDeletedAt(sub, ctx.now)) return undefined;
  return sub.resourceGroups.find((g) => g.toLowerCase() === wanted.toLowerCase());
}

/**
 * ARM's generic list (subscription or group scope) in ARM's shape, with what `$expand` asked for,
 * narrowed by `$filter` (resource-list-query.ts). R6 is applied by the domain's views; R9: a
 * deleted subscription lists nothing.
 */
function resourceList(
  ctx: ArmContext,
  access: Access,
  inScope: (view: ResourceView) => boolean,
): Response {
  const query = readResourceListQuery(ctx.url);
  if (query instanceof Response) return query;
  return armJson({
    value: resourcesAt(ctx.world, access.sub.subscriptionId, ctx.now)
      .filter((view) => inScope(view) && query.keep(view))
      .map((view) => toArmResource(view, query.expand)),
  });
}

export function resourceHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/resources',
      operation: 'resources',
      family: 'resources',
      run: (ctx, access) => resourceList(ctx, access, () => true),
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: `${GROUPS}/:resourceGroup/resources`,
      operation: 'resources',
      family: 'resources',
      run: (ctx, access) => {
        const name = groupNamed(access.sub, ctx.params.resourceGroup ?? '', ctx);
        if (name === undefined)
          return failureResponse(resourceGroupNotFound(ctx.params.resourceGroup ?? ''));
        return resourceList(
          ctx,
          access,
          (view) => view.resource.resourceGroup.toLowerCase() === name.toLowerCase(),
        );
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
      run: (ctx, access) => {
        const name = groupNamed(access.sub, ctx.params.resourceGroup ?? '', ctx);
        if (name === undefined)
          return failureResponse(resourceGroupNotFound(ctx.params.resourceGroup ?? ''));
        return armJson(toResourceGroup(ctx.world, access.sub, name));
      },
    }),
    subscriptionReadRoute(deps, {
      // Check existence (`az group exists`, the SDKs' `check_existence`): 204 or 404 as ARM answers.
      // A refused read keeps its status; the HTTP server sends no body with any HEAD answer.
      method: 'head',
      path: `${GROUPS}/:resourceGroup`,
      operation: 'resourceGroups',
      family: 'resources',
      run: (ctx, access) => {
        const found = groupNamed(access.sub, ctx.params.resourceGroup ?? '', ctx) !== undefined;
        return new HttpResponse(null, { status: found ? 204 : 404 });
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
    // Registered here (one list of the resource-manager reads) rather than in create-handlers.ts.
    ...locationHandlers(deps),
  ];
}
