import type { HttpHandler } from 'msw';
import { supportTicketCreateSchema } from '@/contract/support';
import { resourceNotFound } from '@/domain/arm-errors';
import { createSupportTicket } from '@/domain/support';
import type { SupportTicket } from '@/domain/support-ticket';
import { toSupportTicketResource } from '../views/ticket-view';
import { armRoute } from './arm-route';
import { armError, armJson, describeIssues, readJsonBody } from './arm-response';
import { commitCommand, failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';
import { subscriptionReadRoute } from './subscription-read-route';

const TICKETS = '/subscriptions/:subscriptionId/providers/Microsoft.Support/supportTickets';

const newestFirst = (a: SupportTicket, b: SupportTicket): number => b.createdAt - a.createdAt;

export function supportHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    // R11, R13: file a request; a retried PUT returns the stored ticket (200) and applies nothing twice (R14).
    armRoute(deps, {
      method: 'put',
      path: `${TICKETS}/:name`,
      operation: 'support',
      family: 'support',
      run: async (ctx) => {
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
        const parsed = supportTicketCreateSchema.safeParse(body.value);
        if (!parsed.success)
          return armError(400, 'InvalidRequestContent', describeIssues(parsed.error.issues));
        const p = parsed.data.properties;
        const result = createSupportTicket(ctx.world, {
          name: ctx.params.name ?? '',
          subscriptionId: ctx.params.subscriptionId ?? '',
          problemType: p.problemType,
          title: p.title,
          description: p.description,
          ...(p.severity === undefined ? {} : { severity: p.severity }),
          ...(p.contactDetails?.primaryEmailAddress === undefined
            ? {}
            : { contactEmail: p.contactDetails.primaryEmailAddress }),
          personaId: ctx.persona.id,
          now: ctx.now,
        });
        return commitCommand(ctx, result, (r) =>
          armJson(toSupportTicketResource(r.ticket, ctx.now), r.created ? 201 : 200),
        );
      },
    }),
    // The caller's requests across subscriptions, newest first.
    armRoute(deps, {
      method: 'get',
      path: '/providers/Microsoft.Support/supportTickets',
      operation: 'listSupportTickets',
      family: 'support',
      run: ({ world, persona, now }) =>
        armJson({
          value: world.tickets
            .filter((t) => t.createdBy === persona.id)
            .sort(newestFirst)
            .map((t) => toSupportTicketResource(t, now)),
        }),
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: TICKETS,
      operation: 'listSupportTickets',
      family: 'support',
      run: ({ world, persona, now }, access) => {
        return armJson({
          value: world.tickets
            .filter(
              (t) => t.createdBy === persona.id && t.subscriptionId === access.sub.subscriptionId,
            )
            .sort(newestFirst)
            .map((t) => toSupportTicketResource(t, now)),
        });
      },
    }),
    subscriptionReadRoute(deps, {
      method: 'get',
      path: `${TICKETS}/:name`,
      operation: 'listSupportTickets',
      family: 'support',
      run: ({ world, persona, now, params }, access) => {
        const ticket = world.tickets.find(
          (t) =>
            t.name === params.name &&
            t.createdBy === persona.id &&
            t.subscriptionId === access.sub.subscriptionId,
        );
        if (ticket === undefined)
          return failureResponse(
            resourceNotFound('Microsoft.Support/supportTickets', params.name ?? '', ''),
          );
        return armJson(toSupportTicketResource(ticket, now));
      },
    }),
  ];
}
