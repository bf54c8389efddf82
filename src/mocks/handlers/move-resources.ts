import type { HttpHandler } from 'msw';
import { moveResourcesSchema } from '@/contract/resources';
import { moveResources } from '@/domain/move';
import { armRoute, type ArmContext } from './arm-route';
import { armEmpty, armError, describeIssues, readJsonBody } from './arm-response';
import { commitCommand, failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';

const TARGET = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/?$/i;
const PATH = '/subscriptions/:subscriptionId/resourceGroups/:resourceGroup';

/**
 * ARM names the target group by its id. The public contract only names the field, so a bare group
 * name is read as a group of the source subscription rather than refused.
 */
function targetOf(
  value: string,
  sourceSubscriptionId: string,
): { targetSubscriptionId: string; targetResourceGroup: string } | undefined {
  const id = TARGET.exec(value);
  if (id?.[1] !== undefined && id[2] !== undefined) {
    return { targetSubscriptionId: id[1], targetResourceGroup: id[2] };
  }
  if (value !== '' && !value.includes('/')) {
    return { targetSubscriptionId: sourceSubscriptionId, targetResourceGroup: value };
  }
  return undefined;
}

type Prepared =
  { ok: true; run: () => ReturnType<typeof moveResources> } | { ok: false; response: Response };

async function prepare(ctx: ArmContext): Promise<Prepared> {
  const body = await readJsonBody(ctx.request);
  if (!body.ok) return body;
  const parsed = moveResourcesSchema.safeParse(body.value);
  if (!parsed.success)
    return {
      ok: false,
      response: armError(400, 'InvalidRequestContent', describeIssues(parsed.error.issues)),
    };
  const target = targetOf(parsed.data.targetResourceGroup, ctx.params.subscriptionId ?? '');
  if (target === undefined) {
    return {
      ok: false,
      response: armError(
        400,
        'InvalidRequestContent',
        "targetResourceGroup must be '/subscriptions/{subscriptionId}/resourceGroups/{name}', or a group name in the source subscription.",
      ),
    };
  }
  const { targetSubscriptionId, targetResourceGroup } = target;
  return {
    ok: true,
    // The target group must exist, as in ARM: the portal creates a new one with a PUT first.
    run: () =>
      moveResources(ctx.world, {
        sourceSubscriptionId: ctx.params.subscriptionId ?? '',
        resourceGroup: ctx.params.resourceGroup ?? '',
        resourceIds: parsed.data.resources,
        targetSubscriptionId,
        targetResourceGroup,
        personaId: ctx.persona.id,
        now: ctx.now,
      }),
  };
}

/** R2 "consider migrating". Both answer 204 when done: the mock completes synchronously, no polling. */
export function moveHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    armRoute(deps, {
      method: 'post',
      path: `${PATH}/validateMoveResources`,
      operation: 'validateMove',
      family: 'resources',
      run: async (ctx) => {
        const prepared = await prepare(ctx);
        if (!prepared.ok) return prepared.response;
        // Validation runs the same pure command and throws its new world away.
        const result = prepared.run();
        return result.ok ? armEmpty(204) : failureResponse(result);
      },
    }),
    armRoute(deps, {
      method: 'post',
      path: `${PATH}/moveResources`,
      operation: 'move',
      family: 'resources',
      run: async (ctx) => {
        const prepared = await prepare(ctx);
        if (!prepared.ok) return prepared.response;
        return commitCommand(ctx, prepared.run(), () => armEmpty(204));
      },
    }),
  ];
}
