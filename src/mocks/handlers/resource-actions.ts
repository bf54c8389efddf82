import type { HttpHandler } from 'msw';
import {
  blobContainerCreateSchema,
  imageCreateSchema,
  VM_ACTIONS,
  WEB_ACTIONS,
  type BlobContainer,
  type Image,
} from '@/contract/resources';
import type { CommandResult } from '@/domain/command-result';
import type { EpochMs, World } from '@/domain/model';
import type { ApiFamily } from '@/contract/api-versions';
import { ACTIONS } from '@/domain/permissions';
import { createContainer, saveVmImage, vmAction, webAppAction } from '@/domain/resource-actions';
import { parseResourceId } from '@/domain/resource-id';
import { toIso } from '@/domain/time';
import { imageIdFor } from '../views/resource-view';
import { armRoute } from './arm-route';
import { armEmpty, armError, armJson, describeIssues, readJsonBody } from './arm-response';
import { commitCommand } from './command';
import type { HandlerDeps } from './handler-deps';
import { authorizeOnPath } from './subscription-read-route';

const RG = '/subscriptions/:subscriptionId/resourceGroups/:resourceGroup/providers';

function idOf(params: Readonly<Record<string, string>>, provider: string, name: string): string {
  return `/subscriptions/${params.subscriptionId ?? ''}/resourceGroups/${params.resourceGroup ?? ''}/providers/${provider}/${name}`;
}

function unknownAction(action: string): Response {
  return armError(
    404,
    'InvalidResourceType',
    `The resource action '${action}' is not supported by the mock.`,
  );
}

interface PowerActionRoute {
  provider: string;
  family: ApiFamily;
  /** Runs the domain's command, or answers undefined for an action this provider does not have. */
  run: (
    world: World,
    input: { resourceId: string; personaId: string; now: EpochMs; action: string },
  ) => CommandResult<unknown> | undefined;
}

function powerAction<Action extends string>(
  actions: readonly Action[],
  command: (
    world: World,
    input: { resourceId: string; personaId: string; now: EpochMs; action: Action },
  ) => CommandResult<unknown>,
): PowerActionRoute['run'] {
  const known = (a: string): a is Action => (actions as readonly string[]).includes(a);
  return (world, input) => {
    const { action } = input;
    return known(action) ? command(world, { ...input, action }) : undefined;
  };
}

/** R2 "shut down services": `POST {resourceId}/{action}`, one row a provider. */
const POWER_ACTIONS: readonly PowerActionRoute[] = [
  {
    provider: 'Microsoft.Compute/virtualMachines',
    family: 'compute',
    run: powerAction(VM_ACTIONS, vmAction),
  },
  { provider: 'Microsoft.Web/sites', family: 'web', run: powerAction(WEB_ACTIONS, webAppAction) },
];

// Answered 200 with no body: the action is complete when the call returns (no async polling).
function powerActionRoute(deps: HandlerDeps, route: PowerActionRoute): HttpHandler {
  return armRoute(deps, {
    method: 'post',
    path: `${RG}/${route.provider}/:name/:action`,
    operation: 'resourceAction',
    family: route.family,
    run: (ctx) => {
      const action = ctx.params.action ?? '';
      const result = route.run(ctx.world, {
        resourceId: idOf(ctx.params, route.provider, ctx.params.name ?? ''),
        personaId: ctx.persona.id,
        now: ctx.now,
        action,
      });
      if (result === undefined) return unknownAction(action);
      return commitCommand(ctx, result, () => armEmpty(200));
    },
  });
}

/** R2 "shut down services" and "back up" writes; all refused while Disabled (R6) by the domain. */
export function resourceActionHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    ...POWER_ACTIONS.map((route) => powerActionRoute(deps, route)),
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
        const scope = authorizeOnPath(ctx, ACTIONS.imageWrite);
        if (scope instanceof Response) return scope;
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
