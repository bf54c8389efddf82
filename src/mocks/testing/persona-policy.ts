import type { TokenCredential } from '@azure/core-auth';
import { bearerTokenAuthenticationPolicyName, type Pipeline } from '@azure/core-rest-pipeline';

/** The SDK clients require a credential; the mock ignores real tokens, so any will do. */
export const unusedCredential: TokenCredential = {
  getToken: () => Promise.resolve({ token: 'unused', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/**
 * Points an official SDK client at the plain-http mock: its bearer policy refuses `http://`, so it
 * is swapped for the one-line policy that sends `Authorization: Bearer persona:<id>` (docs/contract.md).
 */
export function usePersona(pipeline: Pipeline, personaId: string): void {
  pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
  pipeline.addPolicy({
    name: 'mockPersona',
    sendRequest: (req, next) => (
      req.headers.set('authorization', `Bearer persona:${personaId}`),
      next(req)
    ),
  });
}
