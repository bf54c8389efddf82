import { z } from '@/contract/zod';
import { armListSchema } from '@/contract/arm-list';

/** `GET /tenants?api-version=2022-12-01`: the top bar shows the directory's display name. */
export const tenantSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    tenantId: z.string(),
    tenantCategory: z.optional(z.enum(['Home', 'ProjectedBy', 'ManagedBy'])),
    displayName: z.string(),
    defaultDomain: z.string(),
    domains: z.optional(z.array(z.string())),
  }),
);
export type Tenant = z.infer<typeof tenantSchema>;

export const tenantListSchema = armListSchema(tenantSchema);
