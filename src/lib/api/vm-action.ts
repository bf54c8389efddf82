import { z } from '@/contract/zod';
import { API_VERSIONS } from '@/contract/api-versions';
import type { VmAction } from '@/contract/resources';
import { armFetch } from '@/lib/api-client';
import {
  useResourceWrite,
  type ResourceMutationOptions,
  type ResourceRef,
} from '@/lib/api/resource-write';
import type { NotificationOperation } from '@/lib/notifications/notifications-store';

/** VM actions answer 200 with an empty body (or the resource, depending on the version). */
const actionResultSchema = z.unknown();

const VM_NOTIFICATION: Record<VmAction, NotificationOperation> = {
  start: 'vm-start',
  powerOff: 'vm-stop',
  deallocate: 'vm-deallocate',
};

export function runVmAction(vm: ResourceRef, action: VmAction): Promise<unknown> {
  return armFetch({
    method: 'POST',
    path: `${vm.id}/${action}`,
    apiVersion: API_VERSIONS.compute,
    schema: actionResultSchema,
  });
}

export interface VmActionInput {
  resource: ResourceRef;
  action: VmAction;
}

/** VM Start / Stop (powerOff) / Deallocate. */
export function useVmAction(options: ResourceMutationOptions = {}) {
  return useResourceWrite<VmActionInput, unknown>(
    ({ resource, action }) => runVmAction(resource, action),
    ({ action }) => VM_NOTIFICATION[action],
    options,
  );
}
