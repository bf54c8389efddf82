import type { HttpHandler } from 'msw';
import type { CancelPreview } from '@/contract/cancel-preview';
import { previewCancellation } from '@/domain/cancel-preview';
import { toIso } from '@/domain/time';
import { armRoute } from './arm-route';
import { armJson } from './arm-response';
import { failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';

/** Our documented impact preview for the wizard's Review step (docs/contract.md, R4–R11). */
export function cancelPreviewHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    armRoute(deps, {
      method: 'get',
      path: '/subscriptions/:subscriptionId/providers/Microsoft.Subscription/cancelPreview',
      operation: 'cancelPreview',
      family: 'subscriptionOps',
      run: ({ world, persona, now, params }) => {
        const outcome = previewCancellation(world, {
          subscriptionId: params.subscriptionId ?? '',
          personaId: persona.id,
          now,
        });
        if (!outcome.ok) return failureResponse(outcome);
        const preview = outcome.result;
        const plan = preview.dates.supportPlan;
        const body: CancelPreview = {
          subscriptionId: preview.subscriptionId,
          computedAt: toIso(preview.computedAt),
          billingStopsAt: toIso(preview.dates.billingStoppedAt),
          showsInPortalBy: toIso(preview.showsInPortalBy),
          disables: preview.disables,
          finalInvoiceDate: toIso(preview.dates.finalInvoiceDate),
          finalInvoiceAmount: { amount: preview.finalInvoiceAmount, currency: preview.currency },
          dataDeletionDate: toIso(preview.dates.dataDeletedAt),
          reactivationDeadline: toIso(preview.dates.reactivationPossibleUntil),
          reactivationPath: preview.reactivationPath,
        };
        if (plan !== undefined) {
          body.supportPlan = {
            name: plan.plan,
            monthlyPrice: plan.monthlyPrice,
            currency: plan.currency,
            chargeCount: plan.chargeDates.length,
            total: plan.total,
            lastChargeDate: toIso(plan.lastChargeAt),
          };
        }
        return armJson(body);
      },
    }),
  ];
}
