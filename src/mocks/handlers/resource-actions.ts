import type { HttpHandler } from 'msw';
import {
  blobContainerCreateSchema,
  imageCreateSchema,
  VM_ACTIONS,
  WEB_ACTIONS,
  type BlobContainer,
  type Image,
  type VmAction,
  type WebAction,
} from '@/contract/resources';
import { ACTIONS } from '@/domain/permissions';
import { createContainer, saveVmImage, vmAction, webAppAction } from '@/domain/resource-actions';
import { parseResourceId } from '@/domain/resource-id';
import { toIso } from '@/domain/time';
import { authorize, isFailure } from '@/domain/world';
import { imageIdFor } from '../views/resource-view';
import { armRoute } from './arm-route';
import { armEmpty, armError, armJson, describeIssues, readJsonBody } from './arm-response';
import { commitCommand, failureResponse } from './command';
import type { HandlerDeps } from './handler-deps';

const RG = '/subscriptions/:subscriptionId/resourceGroups/:resourceGroup/providers';

function idOf(params: Readonly<Record<string, string>>, provider: string, name: string): string {
  return `/subscriptions/${params.subscriptionId ?? ''}/resourceGroups/${params.resourceGroup ?? ''}/providers/${provider}/${name}`;
}

const isVmAction = (a: string): a is VmAction => (VM_ACTIONS as readonly string[]).includes(a);
const isWebAction = (a: string): a is WebAction => (WEB_ACTIONS as readonly string[]).includes(a);

function unknownAction(action: string): Response {
  return armError(
    404,
    'InvalidResourceType',
    `The resource action '${action}' is not supported by the mock.`,
  );
}

/** R2 "shut down services" and "back up" writes; all refused while Disabled (R6) by the domain. */
export function resourceActionHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    // Answered 200 with no body: the action is complete when the call returns (no async polling).
    armRoute(deps, {
      method: 'post',
      path: `${RG}/Microsoft.Compute/virtualMachines/:name/:action`,
      operation: 'resourceAction',
      family: 'compute',
      run: (ctx) => {
        const action = ctx.params.action ?? '';
        if (!isVmAction(action)) return unknownAction(action);
        const resourceId = idOf(
          ctx.params,
          'Microsoft.Compute/virtualMachines',
          ctx.params.name ?? '',
        );
        const result = vmAction(ctx.world, {
          resourceId,
          personaId: ctx.persona.id,
          now: ctx.now,
          action,
        });
        return commitCommand(ctx, result, () => armEmpty(200));
      },
    }),
    armRoute(deps, {
      method: 'post',
      path: `${RG}/Microsoft.Web/sites/:name/:action`,
      operation: 'resourceAction',
      family: 'web',
      run: (ctx) => {
        const action = ctx.params.action ?? '';
        if (!isWebAction(action)) return unknownAction(action);
        const resourceId = idOf(ctx.params, 'Microsoft.Web/sites', ctx.params.name ?? '');
        const result = webAppAction(ctx.world, {
          resourceId,
          personaId: ctx.persona.id,
          now: ctx.now,
          action,
        });
        return commitCommand(ctx, result, () => armEmpty(200));
      },
    }),
    armRoute(deps, {
      method: 'put',
      path: `${RG}/Microsoft.Storage/storageAccounts/:account/blobServices/default/containers/:container`,
      operation: 'resourceAction',
      family: 'storage',
      run: async (ctx) => {
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
        const parsed = blobContainerCreateSchema.safeParse(body.value ?? {});
        if (!parsed.success)
          return armError(400, 'InvalidRequestContent', describeIssues(parsed.error.issues));
        const resourceId = idOf(
          ctx.params,
          'Microsoft.Storage/storageAccounts',
          ctx.params.account ?? '',
        );
        const containerName = ctx.params.container ?? '';
        const result = createContainer(ctx.world, {
          resourceId,
          personaId: ctx.persona.id,
          now: ctx.now,
          containerName,
        });
        return commitCommand(ctx, result, (view) => {
          const container: BlobContainer = {
            id: `${view.resource.id}/blobServices/default/containers/${containerName}`,
            name: containerName,
            type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
            properties: {
              publicAccess: parsed.data.properties?.publicAccess ?? 'None',
              lastModifiedTime: toIso(ctx.now),
            },
          };
          return armJson(container, 201);
        });
      },
    }),
    // R2 "save image": Microsoft.Compute images, created from a source VM in the same group.
    armRoute(deps, {
      method: 'put',
      path: `${RG}/Microsoft.Compute/images/:name`,
      operation: 'resourceAction',
      family: 'compute',
      run: async (ctx) => {
        // R1: the image is written where the URL says, so the caller must be allowed there, as ARM
        // checks the request's scope before anything else (the command checks the source VM).
        const scope = authorize(
          ctx.world,
          ctx.params.subscriptionId ?? '',
          ctx.persona.id,
          ACTIONS.imageWrite,
        );
        if (isFailure(scope)) return failureResponse(scope);
        const body = await readJsonBody(ctx.request);
        if (!body.ok) return body.response;
        const parsed = imageCreateSchema.safeParse(body.value);
        if (!parsed.success)
          return armError(400, 'InvalidRequestContent', describeIssues(parsed.error.issues));
        const sourceId = parsed.data.properties.sourceVirtualMachine.id;
        const imageName = ctx.params.name ?? '';
        const result = saveVmImage(ctx.world, {
          resourceId: sourceId,
          personaId: ctx.persona.id,
          now: ctx.now,
          imageName,
        });
        const source = parseResourceId(sourceId);
        const sameGroup =
          source !== undefined &&
          source.subscriptionId.toLowerCase() === (ctx.params.subscriptionId ?? '').toLowerCase() &&
          source.resourceGroup.toLowerCase() === (ctx.params.resourceGroup ?? '').toLowerCase();
        // Decision: the mock keeps an image beside its VM, so it must be created in the VM's group.
        if (result.ok && !sameGroup) {
          return armError(
            400,
            'InvalidParameter',
            'The image must be created in the same subscription and resource group as its source virtual machine.',
          );
        }
        return commitCommand(ctx, result, (view) => {
          const image: Image = {
            id: imageIdFor(view.resource.subscriptionId, view.resource.resourceGroup, imageName),
            name: imageName,
            type: 'Microsoft.Compute/images',
            location: parsed.data.location,
            properties: {
              sourceVirtualMachine: { id: view.resource.id },
              provisioningState: 'Succeeded',
            },
          };
          return armJson(image, 201);
        });
      },
    }),
  ];
}
