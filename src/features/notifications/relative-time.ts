import type { Locale } from '@/lib/i18n/locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago" in the chosen language, or null under a minute (the caller says "Just now").
 * Future instants (a clock moved back by the Demo panel) count as now.
 */
export function relativeTime(locale: Locale, from: number, now: number): string | null {
  const elapsed = Math.max(0, now - from);
  if (elapsed < MINUTE) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}
