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

/**
 * A read under one subscription. ARM answers 404 to a caller with no role on it and 403 to a role
 * without the read action (R1), before anything about the subscription's state; every such read
 * checks it here, the same way, so a new read cannot forget it.
 */
export function subscriptionReadRoute(deps: HandlerDeps, spec: SubscriptionReadSpec): HttpHandler {
  return armRoute(deps, {
    ...spec,
    run: (ctx) => {
      const access = authorize(
        ctx.world,
        ctx.params.subscriptionId ?? '',
        ctx.persona.id,
        ACTIONS.readSubscription,
      );
      if (isFailure(access)) return failureResponse(access);
      return spec.run(ctx, access);
    },
  });
}
