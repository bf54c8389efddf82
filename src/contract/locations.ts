import { z } from '@/contract/zod';

// `GET /subscriptions/{id}/locations` (Microsoft.Resources, Subscriptions_ListLocations): the regions
// a subscription may deploy to, in ARM's shape. From 2019-11-01 on a region carries
// `regionalDisplayName` and `metadata`; older versions put `latitude` and `longitude` on the region
// itself, and the mock answers each version in its own shape.

const pairedRegionSchema = z.lazy(() =>
  z.object({
    name: z.string(),
    id: z.string(),
    subscriptionId: z.optional(z.string()),
  }),
);

export const locationMetadataSchema = z.lazy(() =>
  z.object({
    regionType: z.enum(['Physical', 'Logical']),
    regionCategory: z.enum(['Recommended', 'Extended', 'Other']),
    geography: z.optional(z.string()),
    geographyGroup: z.optional(z.string()),
    longitude: z.optional(z.string()),
    latitude: z.optional(z.string()),
    physicalLocation: z.optional(z.string()),
    pairedRegion: z.optional(z.array(pairedRegionSchema)),
  }),
);

export const locationSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    subscriptionId: z.optional(z.string()),
    name: z.string(),
    type: z.optional(z.literal('Region')),
    displayName: z.string(),
    regionalDisplayName: z.optional(z.string()),
    metadata: z.optional(locationMetadataSchema),
    /** Versions before 2019-11-01 only. */
    latitude: z.optional(z.string()),
    longitude: z.optional(z.string()),
  }),
);
export type Location = z.infer<typeof locationSchema>;

export const locationListSchema = z.lazy(() => z.object({ value: z.array(locationSchema) }));

/** The first api-version whose regions carry `regionalDisplayName` and `metadata`. */
export const LOCATION_METADATA_SINCE = '2019-11-01';
