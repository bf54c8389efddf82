import { z } from '@/contract/zod';
import { armListSchema } from '@/contract/arm-list';

// `GET /subscriptions/{id}/resources` (and a resource group's `/resources`) answers ARM's
// GenericResource list: `id, name, type, location, tags?, kind?, sku?, managedBy?`, as real ARM
// does, so that the Azure CLI and SDKs read it unchanged. `$expand` adds what ARM adds on request:
// `provisioningState` (and `createdTime`, `changedTime` when known), and our documented extension
// `properties` with `$expand=properties`: the state the portal needs (power state, public IP,
// storage access, …), the effective state with R6 already applied. The portal asks for it.

const isoDate = z.lazy(() => z.string());

export const RESOURCE_TYPES = {
  vm: 'Microsoft.Compute/virtualMachines',
  storage: 'Microsoft.Storage/storageAccounts',
  sqlDatabase: 'Microsoft.Sql/servers/databases',
  webApp: 'Microsoft.Web/sites',
} as const;

/** The kinds of resource the portal models, named as in `RESOURCE_TYPES`. */
export type ResourceKind = keyof typeof RESOURCE_TYPES;

/** The kind of an ARM resource type, compared case-insensitively as ARM compares types. */
export function resourceKindOf(type: (typeof RESOURCE_TYPES)[ResourceKind]): ResourceKind;
export function resourceKindOf(type: string): ResourceKind | undefined;
export function resourceKindOf(type: string): ResourceKind | undefined {
  return (Object.keys(RESOURCE_TYPES) as ResourceKind[]).find(
    (kind) => RESOURCE_TYPES[kind].toLowerCase() === type.toLowerCase(),
  );
}

const resourceBase = {
  id: z.string(),
  name: z.string(),
  location: z.string(),
  tags: z.optional(z.record(z.string(), z.string())),
};

export const vmPowerStateSchema = z.lazy(() => z.enum(['running', 'stopped', 'deallocated']));
export type VmPowerStateValue = z.infer<typeof vmPowerStateSchema>;

export const vmResourceSchema = z.lazy(() =>
  z.object({
    ...resourceBase,
    type: z.literal(RESOURCE_TYPES.vm),
    properties: z.object({
      powerState: vmPowerStateSchema,
      /** R6: a Dynamic address is released (address null) when the VM is deallocated. */
      publicIp: z.optional(
        z.object({
          address: z.nullable(z.string()),
          allocation: z.enum(['Dynamic', 'Static']),
          released: z.boolean(),
        }),
      ),
      /** Images saved from this VM (R2 "save image"). */
      images: z.array(z.object({ id: z.string(), name: z.string(), createdAt: isoDate })),
    }),
  }),
);

export const storageResourceSchema = z.lazy(() =>
  z.object({
    ...resourceBase,
    type: z.literal(RESOURCE_TYPES.storage),
    properties: z.object({
      /** R6: read-only while the subscription is Disabled. */
      access: z.enum(['read-write', 'read-only']),
      containers: z.array(z.string()),
    }),
  }),
);

export const sqlDatabaseResourceSchema = z.lazy(() =>
  z.object({
    ...resourceBase,
    type: z.literal(RESOURCE_TYPES.sqlDatabase),
    properties: z.object({
      serverName: z.string(),
      /** R6: `Disabled` while the subscription is; its data can still be downloaded. */
      status: z.enum(['Online', 'Disabled']),
      access: z.enum(['read-write', 'read-only']),
    }),
  }),
);

export const webAppResourceSchema = z.lazy(() =>
  z.object({
    ...resourceBase,
    type: z.literal(RESOURCE_TYPES.webApp),
    properties: z.object({ state: z.enum(['Running', 'Stopped']) }),
  }),
);

/** A list item as the portal reads it, with `$expand=properties` (ARM's fields beside it are dropped). */
export const genericResourceSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    vmResourceSchema,
    storageResourceSchema,
    sqlDatabaseResourceSchema,
    webAppResourceSchema,
  ]),
);
export type GenericResource = z.infer<typeof genericResourceSchema>;
export type VmResource = z.infer<typeof vmResourceSchema>;
export type StorageResource = z.infer<typeof storageResourceSchema>;
export type SqlDatabaseResource = z.infer<typeof sqlDatabaseResourceSchema>;
export type WebAppResource = z.infer<typeof webAppResourceSchema>;

/** The `$expand` value that adds our `properties` extension to each listed resource. */
export const EXPAND_PROPERTIES = 'properties';

/** A list item as real ARM sends it, whatever `$expand` asked for. */
export const armResourceSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    location: z.string(),
    tags: z.optional(z.record(z.string(), z.string())),
    kind: z.optional(z.string()),
    managedBy: z.optional(z.string()),
    sku: z.optional(z.object({ name: z.optional(z.string()), tier: z.optional(z.string()) })),
    createdTime: z.optional(isoDate),
    changedTime: z.optional(isoDate),
    provisioningState: z.optional(z.string()),
    /** Only with `$expand=properties`. */
    properties: z.optional(z.unknown()),
  }),
);
export type ArmResource = z.infer<typeof armResourceSchema>;

/** `GET .../resources` without our extension: ARM's shape, as the Azure tools read it. */
export const resourceListSchema = armListSchema(armResourceSchema);

/** `GET .../resources?$expand=properties`: each item with the state the portal shows. */
export const expandedResourceListSchema = armListSchema(genericResourceSchema);

export const resourceGroupSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.literal('Microsoft.Resources/resourceGroups'),
    location: z.string(),
    tags: z.optional(z.record(z.string(), z.string())),
    properties: z.object({ provisioningState: z.literal('Succeeded') }),
  }),
);
export type ResourceGroup = z.infer<typeof resourceGroupSchema>;

export const resourceGroupListSchema = armListSchema(resourceGroupSchema);

/** `PUT /subscriptions/{id}/resourcegroups/{rg}` body. */
export const resourceGroupCreateSchema = z.lazy(() =>
  z.object({
    location: z.string().check(z.minLength(1)),
    tags: z.optional(z.record(z.string(), z.string())),
  }),
);

/** VM actions (`POST {vmId}/{action}`, Microsoft.Compute 2024-07-01); answer 200, empty body. */
export const VM_ACTIONS = ['start', 'powerOff', 'deallocate'] as const;
export type VmAction = (typeof VM_ACTIONS)[number];

/** Web app actions (`POST {siteId}/{action}`, Microsoft.Web 2023-12-01); answer 200, empty body. */
export const WEB_ACTIONS = ['start', 'stop'] as const;
export type WebAction = (typeof WEB_ACTIONS)[number];

/** `PUT {storageId}/blobServices/default/containers/{name}` body and answer (Microsoft.Storage 2023-05-01). */
export const blobContainerCreateSchema = z.lazy(() =>
  z.object({
    properties: z.optional(
      z.object({ publicAccess: z.optional(z.enum(['None', 'Blob', 'Container'])) }),
    ),
  }),
);

export const blobContainerSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.literal('Microsoft.Storage/storageAccounts/blobServices/containers'),
    properties: z.object({
      publicAccess: z.enum(['None', 'Blob', 'Container']),
      lastModifiedTime: isoDate,
    }),
  }),
);
export type BlobContainer = z.infer<typeof blobContainerSchema>;

/** `PUT /subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.Compute/images/{name}` body (R2 "save image"). */
export const imageCreateSchema = z.lazy(() =>
  z.object({
    location: z.string().check(z.minLength(1)),
    properties: z.object({
      sourceVirtualMachine: z.object({ id: z.string().check(z.minLength(1)) }),
    }),
  }),
);

export const imageSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    type: z.literal('Microsoft.Compute/images'),
    location: z.string(),
    properties: z.object({
      sourceVirtualMachine: z.object({ id: z.string() }),
      provisioningState: z.literal('Succeeded'),
    }),
  }),
);
export type Image = z.infer<typeof imageSchema>;

/**
 * Backup download (R2 "download a copy"), our documented extension: `GET {resourceId}/download`
 * on a storage account (JSON file) or a SQL database (CSV file). A read, so it works while the
 * subscription is Disabled (R6).
 */
export const BACKUP_DOWNLOAD_SEGMENT = 'download';

/** `POST .../resourceGroups/{rg}/validateMoveResources` and `.../moveResources` body (real shape). */
export const moveResourcesSchema = z.lazy(() =>
  z.object({
    resources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** `/subscriptions/{target}/resourceGroups/{rg}` */
    targetResourceGroup: z.string().check(z.minLength(1)),
  }),
);
export type MoveResourcesBody = z.infer<typeof moveResourcesSchema>;
