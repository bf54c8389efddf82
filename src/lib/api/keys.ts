/**
 * Every read's cache key in one place, so a mutation can invalidate exactly what it changed.
 * Switching persona removes every `arm` key, so one persona never sees another persona's cache.
 */
export const queryKeys = {
  all: ['arm'] as const,
  subscriptions: () => ['arm', 'subscriptions'] as const,
  subscription: (id: string) => ['arm', 'subscriptions', id] as const,
  billingList: () => ['arm', 'billing'] as const,
  billing: (id: string) => ['arm', 'billing', id] as const,
  roleAssignments: () => ['arm', 'roleAssignments'] as const,
  permissions: (id: string) => ['arm', 'permissions', id] as const,
  classicAdministrators: (id: string) => ['arm', 'classicAdministrators', id] as const,
  tenants: () => ['arm', 'tenants'] as const,
  resources: (id: string) => ['arm', 'resources', id] as const,
  resourceGroups: (id: string) => ['arm', 'resourceGroups', id] as const,
  supportTickets: () => ['arm', 'supportTickets'] as const,
  cancelPreview: (id: string) => ['arm', 'cancelPreview', id] as const,
  demoState: () => ['demo', 'state'] as const,
};
