import type { HttpHandler } from 'msw';
import { ACTIONS } from '@/domain/permissions';
import { authorize, isFailure, type Access } from '@/domain/world';
import { armRoute, type ArmContext, type ArmRouteSpec } from './arm-route';
import { failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';

export interface SubscriptionReadSpec extends Omit<ArmRouteSpec, 'run'> {
  /** Runs once the caller may read the `:subscriptionId` of the path; `access` says as whom. */
  run: (ctx: ArmContext, access: Access) => Response | Promise<Response>;
}

/** R1 on the path's `:subscriptionId`: the caller's access for `action`, or ARM's answer refusing it. */
export function authorizeOnPath(ctx: ArmContext, action: string): Access | Response {
  const access = authorize(ctx.world, ctx.params.subscriptionId ?? '', ctx.persona.id, action);
  return isFailure(access) ? failureResponse(access) : access;
}

/**
 * A read under one subscription. ARM answers 404 to a caller with no role on it and 403 to a role
 * without the read action (R1), before anything about the subscription's state; every such read
 * checks it here, the same way, so a new read cannot forget it.
 */
export function subscriptionReadRoute(deps: HandlerDeps, spec: SubscriptionReadSpec): HttpHandler {
  return armRoute(deps, {
    ...spec,
    run: (ctx) => {
      const access = authorizeOnPath(ctx, ACTIONS.readSubscription);
      return access instanceof Response ? access : spec.run(ctx, access);
    },
  });
}
