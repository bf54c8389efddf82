import type { HttpHandler } from 'msw';
import { ACTIONS } from '@/domain/permissions';
import { authorize, isFailure } from '@/domain/world';
import { toBillingSubscription } from '../views/billing-view';
import { armRoute } from './arm-route';
import { armJson } from './arm-response';
import { failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';

/** Our documented billing read (R4, R5, R7, R8, R9): one list for the blade, one per subscription. */
export function billingHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    armRoute(deps, {
      method: 'get',
      path: '/providers/Microsoft.Billing/billingSubscriptions',
      operation: 'billing',
      family: 'billing',
      run: ({ world, persona, now }) =>
        armJson({
          value: world.subscriptions
            .filter((sub) => sub.roles[persona.id] !== undefined)
            .map((sub) => toBillingSubscription(world, sub, now)),
        }),
    }),
    armRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/providers/Microsoft.Billing/billingSubscriptions/default',
      operation: 'billing',
      family: 'billing',
      run: ({ world, persona, now, params }) => {
        const access = authorize(world, params.subscriptionId ?? '', persona.id, ACTIONS.read);
        if (isFailure(access)) return failureResponse(access);
        return armJson(toBillingSubscription(world, access.sub, now));
      },
    }),
  ];
}
