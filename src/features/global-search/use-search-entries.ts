import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { paths } from '@/config/paths';
import { z } from '@/contract/zod';
import { shellMessages } from '@/components/shell/messages';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { globalSearchMessages } from '@/features/global-search/messages';
import { makeEntry, resourceKind, type SearchEntry } from '@/features/global-search/search-entries';
import type { Subscription } from '@/contract/subscriptions';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { queryKeys } from '@/lib/api/keys';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';

// Only what a resource entry needs, whichever shape (array or ARM list) the resources read caches.
const cachedResourceSchema = z.lazy(() =>
  z.object({ id: z.string(), name: z.string(), type: z.string() }),
);
const cachedResourcesSchema = z.lazy(() =>
  z.union([
    z.array(z.unknown()),
    z.pipe(
      z.object({ value: z.array(z.unknown()) }),
      z.transform((list) => list.value),
    ),
  ]),
);

/**
 * What the top bar can find: the portal's services, every subscription, and the resources of the
 * subscriptions whose resources were already read (searching every subscription's resources would
 * cost one call per subscription on a 5,000-subscription tenant).
 */
export function useSearchEntries(active: boolean): {
  entries: SearchEntry[];
  loading: boolean;
  whenLoaded: () => Promise<SearchEntry[]>;
} {
  const shell = useMessages(shellMessages);
  const t = useMessages(globalSearchMessages);
  const common = useMessages(commonMessages);
  const kindName = (type: string) => {
    const kind = resourceKind(type);
    return kind === 'other' ? t.otherResource : common.resourceKind[kind];
  };
  const queryClient = useQueryClient();
  const subscriptions = useQuery({ ...subscriptionsQueryOptions(), enabled: active });

  const services = useMemo(
    () =>
      NAV_ITEMS.map((item) =>
        makeEntry({
          group: 'services',
          key: `service:${item.to}`,
          label: shell[item.label],
          detail: t.service,
          to: item.to,
        }),
      ),
    [shell, t.service],
  );

  const toEntries = useCallback(
    (list: readonly Subscription[]) =>
      list.map((subscription) =>
        makeEntry(
          {
            group: 'subscriptions',
            key: `subscription:${subscription.subscriptionId}`,
            label: subscription.displayName,
            detail: `${t.subscription} · ${subscription.subscriptionId}`,
            to: paths.overview.getHref(subscription.subscriptionId),
          },
          subscription.subscriptionId,
        ),
      ),
    [t.subscription],
  );
  const subscriptionEntries = useMemo(
    () => toEntries(subscriptions.data ?? []),
    [subscriptions.data, toEntries],
  );

  // Read at render time: the box re-renders on every keystroke, so newly cached resources show up.
  const resourceEntries: SearchEntry[] = [];
  if (active) {
    for (const [key, data] of queryClient.getQueriesData({ queryKey: queryKeys.all })) {
      const subscriptionId = key[2];
      if (key[1] !== 'resources' || typeof subscriptionId !== 'string') continue;
      const list = cachedResourcesSchema.safeParse(data);
      if (!list.success) continue;
      for (const item of list.data) {
        const resource = cachedResourceSchema.safeParse(item);
        if (!resource.success) continue;
        resourceEntries.push(
          makeEntry({
            group: 'resources',
            key: `resource:${resource.data.id}`,
            label: resource.data.name,
            detail: kindName(resource.data.type),
            to: paths.resources.getHref(subscriptionId),
          }),
        );
      }
    }
  }

  return {
    entries: [...services, ...subscriptionEntries, ...resourceEntries],
    // The subscriptions' first read is on its way: what is typed may not have found them yet.
    loading: active && subscriptions.isPending,
    // Everything, once that read has answered (the same read, not a second one).
    whenLoaded: async () => {
      const list = await queryClient.fetchQuery(subscriptionsQueryOptions());
      return [...services, ...toEntries(list), ...resourceEntries];
    },
  };
}
