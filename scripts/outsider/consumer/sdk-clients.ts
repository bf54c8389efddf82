import { SubscriptionClient as ResourcesClient } from '@azure/arm-resources-subscriptions';
import { SubscriptionClient } from '@azure/arm-subscriptions';
import type { TokenCredential } from '@azure/core-auth';
import { bearerTokenAuthenticationPolicyName, type Pipeline } from '@azure/core-rest-pipeline';

// The official Azure SDK pointed at the command's mock ARM API, unchanged but for the one-line policy
// of docs/contract.md: the SDK's bearer policy refuses plain http, and the mock reads the persona from
// the bearer token.

/** The command's API origin, read from its "API:" line by playwright.config.ts. */
export function apiUrl(): string {
  const url = process.env.API_URL;
  if (!url) throw new Error('API_URL is not set: run this suite with its playwright.config.ts');
  return url;
}

const anyCredential: TokenCredential = {
  getToken: () => Promise.resolve({ token: 'unused', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

function asPersona(pipeline: Pipeline, persona: string): void {
  pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
  pipeline.addPolicy({
    name: 'mockPersona',
    sendRequest: (request, next) => {
      request.headers.set('authorization', `Bearer persona:${persona}`);
      return next(request);
    },
  });
}

/** `@azure/arm-resources-subscriptions` (list, get) and `@azure/arm-subscriptions` (cancel, rename, enable). */
export function sdkClients(persona = 'admin') {
  const options = { endpoint: apiUrl(), allowInsecureConnection: true };
  const resources = new ResourcesClient(anyCredential, options);
  const subscriptions = new SubscriptionClient(anyCredential, options);
  asPersona(resources.pipeline, persona);
  asPersona(subscriptions.pipeline, persona);
  return { resources, subscriptions };
}

/** A `/__demo/*` call on the command's API (contract §2), e.g. to reset its world. */
export async function apiDemo(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${apiUrl()}/__demo/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/__demo/${path} answered ${response.status}`);
  return response.json();
}

/** The billing read of a subscription (contract §1), as curl would make it. */
export async function billingRead(id: string, persona = 'admin') {
  const response = await fetch(
    `${apiUrl()}/subscriptions/${id}/providers/Microsoft.Billing/billingSubscriptions/default?api-version=2024-04-01`,
    { headers: { Authorization: `Bearer persona:${persona}` } },
  );
  if (!response.ok) throw new Error(`the billing read answered ${response.status}`);
  return (await response.json()) as { properties: { billingStatus: string } };
}
