import { pathToFileURL } from 'node:url';
import { SubscriptionClient as ResourcesClient } from '@azure/arm-resources-subscriptions';
import { SubscriptionClient } from '@azure/arm-subscriptions';
import type { TokenCredential } from '@azure/core-auth';
import { isRestError } from '@azure/core-rest-pipeline';

// The JavaScript SDK against the clone over TLS, with no pipeline policy: every call that
// `npm run test:azure-tools` checks. Run in a process of its own (`run.ts --javascript-sdk
// <recipe.mjs>`), since Node reads NODE_EXTRA_CA_CERTS at start, with API set to the server's origin.
// The recipe is the JavaScript block of docs/azure-tools.md with `export { credential }` added; it
// runs first as written, and its credential is the one every call below uses. One line per step:
// `passed <step>` or `failed <step>: <why>`.

const API = process.env.API as string;
const TENANT = '6d1f4a2e-3b5c-4d6e-9f70-c0a1b2c3d4e5';
const PRODUCTION = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601';
const DEV_TEST = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602';

let failures = 0;

/** Runs one check: `true` passes; a string or an exception fails the step with that reason. */
async function step(name: string, check: () => Promise<true | string>): Promise<void> {
  try {
    const outcome = await check();
    if (outcome !== true) throw new Error(outcome);
    console.log(`passed ${name}`);
  } catch (error) {
    failures++;
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    console.log(`failed ${name}: ${reason.slice(0, 300)}`);
  }
}

function expectEqual(actual: unknown, wanted: unknown): true | string {
  return JSON.stringify(actual) === JSON.stringify(wanted)
    ? true
    : `expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The v2 token endpoint for another persona, as the recipe's credential calls it for `admin`. */
function credentialFor(personaId: string, tamper = false): TokenCredential {
  return {
    async getToken(scopes) {
      const response = await fetch(`${API}/${TENANT}/oauth2/v2.0/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: personaId,
          client_secret: 'any',
          scope: [scopes].flat().join(' '),
        }),
      });
      const token = (await response.json()) as { access_token: string; expires_in: number };
      return {
        token: tamper ? `${token.access_token.slice(0, -4)}AAAA` : token.access_token,
        expiresOnTimestamp: Date.now() + token.expires_in * 1000,
      };
    },
  };
}

async function refused(call: () => Promise<unknown>, status: number, code: string) {
  try {
    await call();
    return 'the call was accepted';
  } catch (error) {
    if (!isRestError(error)) throw error;
    return expectEqual([error.statusCode, error.code], [status, code]);
  }
}

/** Runs every step with the recipe's credential; resolves to the number of failed steps. */
export async function javascriptSdk(recipePath: string): Promise<number> {
  let credential: TokenCredential | undefined;
  await step('docs recipe (TokenCredential, subscriptions.list)', async () => {
    const printed: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const recipe = (await import(pathToFileURL(recipePath).href)) as {
        credential: TokenCredential;
      };
      credential = recipe.credential;
    } finally {
      console.log = log;
    }
    return printed.length === 7 &&
      printed.every((line) => /^[0-9a-f-]{36} .+ (Enabled|Disabled)$/.test(line))
      ? true
      : `expected 7 subscriptions, printed ${JSON.stringify(printed)}`;
  });

  const resources = new ResourcesClient(credential ?? credentialFor('admin'), { endpoint: API });
  const operations = new SubscriptionClient(credential ?? credentialFor('admin'), {
    endpoint: API,
  });

  await step('subscriptions.list', async () =>
    expectEqual((await all(resources.subscriptions.list())).length, 7),
  );
  await step('subscriptions.get', async () =>
    expectEqual((await resources.subscriptions.get(PRODUCTION)).displayName, 'Contoso Production'),
  );
  await step('subscriptions.listLocations', async () => {
    const names = (await all(resources.subscriptions.listLocations(PRODUCTION))).map((l) => l.name);
    return names.includes('eastus') ? true : `no eastus in ${JSON.stringify(names)}`;
  });
  await step('tenants.list', async () =>
    expectEqual(
      (await all(resources.tenants.list())).map((t) => t.tenantId),
      [TENANT],
    ),
  );
  await step('subscription.rename', async () =>
    expectEqual(
      (await operations.subscription.rename(DEV_TEST, { subscriptionName: 'Contoso DevTest (JS)' }))
        .subscriptionId,
      DEV_TEST,
    ),
  );
  await step('renamed name read back', async () =>
    expectEqual((await resources.subscriptions.get(DEV_TEST)).displayName, 'Contoso DevTest (JS)'),
  );
  await step('subscription.cancel', async () =>
    expectEqual((await operations.subscription.cancel(PRODUCTION)).subscriptionId, PRODUCTION),
  );
  await step('subscription.enable', async () =>
    expectEqual((await operations.subscription.enable(PRODUCTION)).subscriptionId, PRODUCTION),
  );
  await step("owner's subscription.cancel is refused (403 AuthorizationFailed)", () =>
    refused(
      () =>
        new SubscriptionClient(credentialFor('owner'), { endpoint: API }).subscription.cancel(
          PRODUCTION,
        ),
      403,
      'AuthorizationFailed',
    ),
  );
  await step('a tampered token is refused (401 InvalidAuthenticationToken)', () =>
    refused(
      () =>
        new ResourcesClient(credentialFor('admin', true), { endpoint: API }).subscriptions.get(
          PRODUCTION,
        ),
      401,
      'InvalidAuthenticationToken',
    ),
  );

  return failures;
}
