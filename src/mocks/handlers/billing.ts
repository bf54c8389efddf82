import type { HttpHandler } from 'msw';
import { billingPropertyNames, type BillingProperty } from '@/contract/billing';
import { toBillingSelection, toBillingSubscription } from '../views/billing-view';
import { armSubscriptionList } from './arm-list';
import { armRoute } from './arm-route';
import { armError, armJson } from './arm-response';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';

function isBillingProperty(name: string): name is BillingProperty {
  return (billingPropertyNames() as readonly string[]).includes(name);
}

/** `$select=offerName,lifecycle` (docs/contract.md): the properties to answer, or ARM's 400. */
function parseSelect(value: string | null): BillingProperty[] | undefined | Response {
  if (value === null) return undefined;
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !isBillingProperty(name));
  if (unknown.length > 0) {
    return armError(
      400,
      'InvalidQueryParameterValue',
      `$select names unknown properties: ${unknown.join(', ')}. Selectable: ${billingPropertyNames().join(', ')}.`,
    );
  }
  return names.filter(isBillingProperty);
}

/** Our documented billing read (R4, R5, R7, R8, R9): one list for the blade, one per subscription. */
export function billingHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    armRoute(deps, {
      method: 'get',
      path: '/providers/Microsoft.Billing/billingSubscriptions',
      operation: 'billing',
      family: 'billing',
      run: ({ world, persona, now, url }) => {
        const select = parseSelect(url.searchParams.get('$select'));
        if (select instanceof Response) return select;
        return armSubscriptionList(world.subscriptions, persona.id, (sub) =>
          select === undefined
            ? toBillingSubscription(world, sub, now)
            : toBillingSelection(world, sub, now, select),
        );
      },
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/providers/Microsoft.Billing/billingSubscriptions/default',
      operation: 'billing',
      family: 'billing',
      run: ({ world, now }, access) => {
        return armJson(toBillingSubscription(world, access.sub, now));
      },
    }),
  ];
}
