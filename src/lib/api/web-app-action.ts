import { z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import type { WebAction } from '@/contract/resources';
import { armFetch } from '@/lib/api-client';
import {
  useResourceWrite,
  type ResourceMutationOptions,
  type ResourceRef,
} from '@/lib/api/resource-write';
import type { NotificationOperation } from '@/lib/notifications/notifications-store';

/** Web app actions answer 200 with an empty body (or the resource, depending on the version). */
const actionResultSchema = z.unknown();

const WEB_NOTIFICATION: Record<WebAction, NotificationOperation> = {
  start: 'webapp-start',
  stop: 'webapp-stop',
};

export function runWebAppAction(site: ResourceRef, action: WebAction): Promise<unknown> {
  return armFetch({
    method: 'POST',
    path: `${site.id}/${action}`,
    apiVersion: API_VERSIONS.web,
    schema: actionResultSchema,
  });
}

export interface WebAppActionInput {
  resource: ResourceRef;
  action: WebAction;
}

/** Web app Start / Stop. */
export function useWebAppAction(options: ResourceMutationOptions = {}) {
  return useResourceWrite<WebAppActionInput, unknown>(
    ({ resource, action }) => runWebAppAction(resource, action),
    ({ action }) => WEB_NOTIFICATION[action],
    options,
  );
}
