import type { HttpHandler } from 'msw';
import { cancelSubscription } from '@/domain/cancel';
import { enableSubscription } from '@/domain/reactivate';
import { renameSubscription } from '@/domain/rename';
import { toArmSubscription } from '../views/subscription-view';
import { armSubscriptionList } from './arm-list';
import { armRoute } from './arm-route';
import { armJson, bodyField, readJsonBody } from './arm-response';
import { commitCommand } from './command';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';

const OPS = '/subscriptions/:subscriptionId/providers/Microsoft.Subscription';

export function subscriptionHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    armRoute(deps, {
      method: 'get',
      path: '/subscriptions',
      operation: 'listSubscriptions',
      family: 'subscriptions',
      run: ({ world, persona, now }) =>
        armSubscriptionList(world.subscriptions, persona.id, (sub, role) =>
          toArmSubscription(sub, role, now),
        ),
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId',
      operation: 'getSubscription',
      family: 'subscriptions',
      run: ({ now }, access) => {
        return armJson(toArmSubscription(access.sub, access.role, now));
      },
    }),
    armRoute(deps, {
      method: 'post',
      path: `${OPS}/cancel`,
      operation: 'cancel',
      family: 'subscriptionOps',
      run: async (ctx) => {
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
        // R1, R3, R4, R14: the domain decides; no body is accepted as real ARM accepts it.
        const result = cancelSubscription(ctx.world, {
          subscriptionId: ctx.params.subscriptionId ?? '',
          personaId: ctx.persona.id,
          body: body.value,
          now: ctx.now,
        });
        return commitCommand(ctx, result, (r) => armJson({ subscriptionId: r.subscriptionId }));
      },
    }),
    armRoute(deps, {
      method: 'post',
      path: `${OPS}/enable`,
      operation: 'enable',
      family: 'subscriptionOps',
      run: (ctx) => {
        const result = enableSubscription(ctx.world, {
          subscriptionId: ctx.params.subscriptionId ?? '',
          personaId: ctx.persona.id,
          now: ctx.now,
        });
        return commitCommand(ctx, result, (r) => armJson({ subscriptionId: r.subscriptionId }));
      },
    }),
    armRoute(deps, {
      method: 'post',
      path: `${OPS}/rename`,
      operation: 'rename',
      family: 'subscriptionOps',
      run: async (ctx) => {
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
        const subscriptionName = bodyField(body.value, 'subscriptionName');
        const result = renameSubscription(ctx.world, {
          subscriptionId: ctx.params.subscriptionId ?? '',
          personaId: ctx.persona.id,
          subscriptionName,
          now: ctx.now,
        });
        return commitCommand(ctx, result, (r) => armJson({ subscriptionId: r.subscriptionId }));
      },
    }),
  ];
}
