import type { HttpHandler } from 'msw';
import { authorizationHandlers } from './authorization';
import { billingHandlers } from './billing';
import { bodyLimitHandlers } from './body-limit';
import { cancelPreviewHandlers } from './cancel-preview';
import { demoHandlers } from './demo';
import type { HandlerDeps } from './handler-deps';
import { resourceHandlers } from './resources';
import { subscriptionHandlers } from './subscriptions';
import { supportHandlers } from './support';
import { tenantHandlers } from './tenants';

export type { HandlerDeps };

/**
 * Every handler of the mock, for one store. The same list serves the browser worker (ARM base
 * `https://management.azure.com`, demo base = page origin), Vitest (`msw/node`) and the HTTP server
 * (both bases = its own origin). Paths are always absolute under a base, never a leading wildcard, so nothing
 * else on the page's origin (the dev server's modules) is ever caught.
 */
export function createHandlers(deps: HandlerDeps): HttpHandler[] {
  const trim = (url: string): string => url.replace(/\/+$/, '');
  const normalised: HandlerDeps = {
    ...deps,
    armBaseUrl: trim(deps.armBaseUrl),
    demoBaseUrl: trim(deps.demoBaseUrl),
  };
  return [
    // First: an oversized body is refused before any handler reads it.
    ...bodyLimitHandlers(normalised),
    ...demoHandlers(normalised),
    ...subscriptionHandlers(normalised),
    ...cancelPreviewHandlers(normalised),
    ...billingHandlers(normalised),
    ...authorizationHandlers(normalised),
    ...tenantHandlers(normalised),
    ...resourceHandlers(normalised),
    ...supportHandlers(normalised),
  ];
}
