import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/keys';
import { stopWaitingNotifications } from '@/lib/notifications/notifications-store';

/**
 * After a demo change (the Demo panel, a saved moment, a presentation's chapter) everything ARM
 * answered may have changed (another persona, another time), so all reads refetch. `world` says the
 * scenario or persona itself changed: every cached answer is then wrong, not just stale, and is
 * dropped. `replaced` says the state itself was replaced (reset, moment, import): what Notifications
 * waits for belongs to the old one, so those entries stop.
 */
export async function refreshAfterDemoChange(
  queryClient: QueryClient,
  { world, replaced = false }: { world: boolean; replaced?: boolean },
): Promise<void> {
  if (replaced) stopWaitingNotifications();
  // The demo state first, while the change still counts as pending: it names the persona every ARM
  // call signs as, and the panel shows its choices from it (no flicker back to the old one).
  await queryClient.refetchQueries({ queryKey: queryKeys.demoState() });
  if (world) await queryClient.resetQueries({ queryKey: queryKeys.all });
  await queryClient.invalidateQueries();
}
