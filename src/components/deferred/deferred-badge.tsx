import type { BadgeProps, CounterBadgeProps } from '@fluentui/react-components';
import { deferredModule, useDeferredModule } from '@/components/deferred/deferred-module';

const badgeModule = deferredModule(() => import('@/components/deferred/fluent-badge'));

/**
 * Fluent's Badge, downloaded when one is first shown. Until then nothing is drawn: callers keep any
 * text a screen reader needs outside the badge, or accept that it appears a moment later.
 */
export function DeferredBadge(props: BadgeProps) {
  const loaded = useDeferredModule(badgeModule, 'now');
  return loaded ? <loaded.Badge {...props} /> : null;
}

/** Fluent's CounterBadge, downloaded when one is first shown (see DeferredBadge). */
export function DeferredCounterBadge(props: CounterBadgeProps) {
  const loaded = useDeferredModule(badgeModule, 'now');
  return loaded ? <loaded.CounterBadge {...props} /> : null;
}
