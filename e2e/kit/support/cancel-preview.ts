import { z } from 'zod';
import type { Api } from '../fixtures.js';

// The API's own figures, read in the test so the assertions compare the UI against the API, not against
// numbers copied into the test.

const previewSchema = z.object({
  finalInvoiceDate: z.string(),
  dataDeletionDate: z.string(),
  reactivationDeadline: z.string(),
  supportPlan: z
    .object({
      monthlyPrice: z.number(),
      total: z.number(),
      chargeCount: z.number(),
      lastChargeDate: z.string(),
    })
    .optional(),
});

export async function readCancelPreview(api: Api, subscriptionId: string) {
  const answer = await api.call(
    'GET',
    `/subscriptions/${subscriptionId}/providers/Microsoft.Subscription/cancelPreview`,
    {
      apiVersion: '2021-10-01',
    },
  );
  if (answer.status !== 200)
    throw new Error(`cancelPreview answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return previewSchema.parse(answer.body);
}

/** Formats as the app does in en-US, in the browser's time zone (UTC in playwright.config.ts). */
export const formatDate = (iso: string, locale = 'en-US') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

export const formatUsd = (amount: number, locale = 'en-US') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(amount);
