import { z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import type { VmAction, WebAction } from '@/contract/resources';
import { armFetch } from '@/lib/api-client';
import {
  useResourceWrite,
  type ResourceMutationOptions,
  type ResourceRef,
} from '@/lib/api/resource-write';
import type { NotificationOperation } from '@/lib/notifications/notifications-store';

// `POST {resourceId}/{action}`: VM Start / Stop (powerOff) / Deallocate and web app Start / Stop are
// one call that differs only by its provider's api-version and the Notifications entry it makes.

/** The actions answer 200 with an empty body (or the resource, depending on the version). */
const actionResultSchema = z.lazy(() => z.unknown());

export type ResourceActionInput =
  | { kind: 'vm'; resource: ResourceRef; action: VmAction }
  | { kind: 'webApp'; resource: ResourceRef; action: WebAction };

interface ActionEndpoint<Action extends string> {
  apiVersion: string;
  notification: Readonly<Record<Action, NotificationOperation>>;
}

const ENDPOINTS: {
  vm: ActionEndpoint<VmAction>;
  webApp: ActionEndpoint<WebAction>;
} = {
  vm: {
    apiVersion: API_VERSIONS.compute,
    notification: { start: 'vm-start', powerOff: 'vm-stop', deallocate: 'vm-deallocate' },
  },
  webApp: {
    apiVersion: API_VERSIONS.web,
    notification: { start: 'webapp-start', stop: 'webapp-stop' },
  },
};

function endpointOf(input: ResourceActionInput): ActionEndpoint<string> {
  return ENDPOINTS[input.kind] as ActionEndpoint<string>;
}

export function runResourceAction(input: ResourceActionInput): Promise<unknown> {
  return armFetch({
    method: 'POST',
    path: `${input.resource.id}/${input.action}`,
    apiVersion: endpointOf(input).apiVersion,
    schema: actionResultSchema,
  });
}

/** One hook for every resource action, so a row has one pending state and one error. */
export function useResourceAction(options: ResourceMutationOptions = {}) {
  return useResourceWrite<ResourceActionInput, unknown>(
    runResourceAction,
    (input) => endpointOf(input).notification[input.action] as NotificationOperation,
    options,
  );
}
