import { z } from 'zod';

/** `GET /tenants?api-version=2022-12-01`: the top bar shows the directory's display name. */
export const tenantSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  tenantCategory: z.enum(['Home', 'ProjectedBy', 'ManagedBy']).optional(),
  displayName: z.string(),
  defaultDomain: z.string(),
  domains: z.array(z.string()).optional(),
});
export type Tenant = z.infer<typeof tenantSchema>;

export const tenantListSchema = z.object({
  value: z.array(tenantSchema),
  nextLink: z.string().optional(),
});
export type TenantList = z.infer<typeof tenantListSchema>;
