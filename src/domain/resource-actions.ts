import { fail, succeed, type CommandResult } from './command-result';
import { isValidContainerName, isValidImageName } from '@/contract/resource-names';
import { WORLD_LIMITS } from '@/contract/world-limits';
import { invalidRequestContent, quotaExceeded } from './arm-errors';
import type { EpochMs, World } from './model';
import type {
  StoredStorageAccount,
  StoredVm,
  StoredWebApp,
  VmPowerState,
} from './stored-resources';
import { ACTIONS } from './permissions';
import { publicIpFor } from './random';
import { guardResourceWrite, isStorage, isVm, isWebApp } from './resource-guard';
import {
  effectivePowerState,
  effectivePublicIp,
  storageViewAt,
  vmViewAt,
  webAppViewAt,
  type StorageView,
  type VmView,
  type WebAppView,
} from './resources';
import { isFailure, replaceResource } from './world';

export type VmActionName = 'start' | 'powerOff' | 'deallocate';

const VM_ACTIONS: Readonly<Record<VmActionName, { action: string; target: VmPowerState }>> = {
  start: { action: ACTIONS.vmStart, target: 'running' },
  powerOff: { action: ACTIONS.vmPowerOff, target: 'stopped' },
  deallocate: { action: ACTIONS.vmDeallocate, target: 'deallocated' },
};

interface ResourceCommand {
  resourceId: string;
  personaId: string;
  now: EpochMs;
}

export function vmAction(
  world: World,
  input: ResourceCommand & { action: VmActionName },
): CommandResult<VmView> {
  const spec = VM_ACTIONS[input.action];
  const access = guardResourceWrite(
    world,
    input.resourceId,
    input.personaId,
    spec.action,
    isVm,
    input.now,
  );
  if (isFailure(access)) return access;
  const { sub, resource } = access;
  const current = effectivePowerState(resource, sub, input.now);
  // Acting on a VM already in the target state succeeds without change, as Azure does; powering
  // off a deallocated VM leaves it deallocated.
  if (current === spec.target || (current === 'deallocated' && spec.target === 'stopped')) {
    return succeed(world, vmViewAt(resource, sub, input.now));
  }
  const next: StoredVm = { ...resource, powerState: spec.target, powerChangedAt: input.now };
  const ip =
    resource.publicIp === undefined
      ? undefined
      : effectivePublicIp(resource.publicIp, sub, input.now);
  if (ip !== undefined && ip.allocation === 'Dynamic') {
    if (spec.target === 'deallocated') {
      // A dynamic address is released whenever the VM is deallocated.
      next.publicIp = { ...ip, address: null };
    } else if (spec.target === 'running' && ip.address === null) {
      // R10: a new address, never the released one.
      next.publicIp = {
        ...ip,
        address: publicIpFor(`${resource.id}:${input.now}`),
        assignedAt: input.now,
      };
    } else {
      next.publicIp = ip;
    }
  }
  return succeed(replaceResource(world, next), vmViewAt(next, sub, input.now));
}

export type WebAppActionName = 'start' | 'stop';

export function webAppAction(
  world: World,
  input: ResourceCommand & { action: WebAppActionName },
): CommandResult<WebAppView> {
  const action = input.action === 'start' ? ACTIONS.webStart : ACTIONS.webStop;
  const access = guardResourceWrite(
    world,
    input.resourceId,
    input.personaId,
    action,
    isWebApp,
    input.now,
  );
  if (isFailure(access)) return access;
  const { sub, resource } = access;
  const target = input.action === 'start' ? 'running' : 'stopped';
  if (resource.state === target) return succeed(world, webAppViewAt(resource, sub, input.now));
  const next: StoredWebApp = { ...resource, state: target, changedAt: input.now };
  return succeed(replaceResource(world, next), webAppViewAt(next, sub, input.now));
}

export function createContainer(
  world: World,
  input: ResourceCommand & { containerName: string },
): CommandResult<StorageView> {
  const access = guardResourceWrite(
    world,
    input.resourceId,
    input.personaId,
    ACTIONS.storageContainerWrite,
    isStorage,
    input.now,
  );
  if (isFailure(access)) return access;
  const { sub, resource } = access;
  if (!isValidContainerName(input.containerName)) {
    return fail(
      400,
      'ContainerOperationFailure',
      'The specified resource name contains invalid characters. Container names are 3–63 lowercase letters, numbers and single hyphens, starting with a letter or number.',
    );
  }
  if (resource.containers.includes(input.containerName)) {
    return fail(409, 'ContainerAlreadyExists', 'The specified container already exists.');
  }
  if (resource.containers.length >= WORLD_LIMITS.containersPerStorageAccount) {
    return quotaExceeded(
      'containers in one storage account',
      WORLD_LIMITS.containersPerStorageAccount,
    );
  }
  const next: StoredStorageAccount = {
    ...resource,
    containers: [...resource.containers, input.containerName],
  };
  return succeed(replaceResource(world, next), storageViewAt(next, sub, input.now));
}

/** R2: "save an image of the VM" before cancelling; a write, so refused once disabled (R6). */
export function saveVmImage(
  world: World,
  input: ResourceCommand & { imageName: string },
): CommandResult<VmView> {
  const access = guardResourceWrite(
    world,
    input.resourceId,
    input.personaId,
    ACTIONS.imageWrite,
    isVm,
    input.now,
  );
  if (isFailure(access)) return access;
  const { sub, resource } = access;
  if (!isValidImageName(input.imageName)) {
    return invalidRequestContent(
      "The image name must be 1–80 letters, digits, '.', '_' or '-', start with a letter or digit and not end with '.'.",
    );
  }
  if (resource.images.some((i) => i.name.toLowerCase() === input.imageName.toLowerCase())) {
    return fail(
      409,
      'Conflict',
      `An image named '${input.imageName}' already exists for this virtual machine.`,
    );
  }
  if (resource.images.length >= WORLD_LIMITS.imagesPerVirtualMachine) {
    return quotaExceeded('images of one virtual machine', WORLD_LIMITS.imagesPerVirtualMachine);
  }
  const next: StoredVm = {
    ...resource,
    images: [...resource.images, { name: input.imageName, createdAt: input.now }],
  };
  return succeed(replaceResource(world, next), vmViewAt(next, sub, input.now));
}
