import { useCallback, useMemo, useRef } from 'react';
import {
  groupResults,
  searchEntries,
  type SearchEntry,
} from '@/features/global-search/search-entries';
import { useSearchEntries } from '@/features/global-search/use-search-entries';

/** Results shown of each group: enough to pick from, short enough to read at a glance. */
const PER_GROUP = 6;

/**
 * What the box shows for `query`, and the best match for an Enter pressed before the subscriptions
 * arrived. `active` says the results are wanted (the box is open and the persona is known); until
 * then no ARM read is sent.
 */
export function useSearchResults(query: string, active: boolean) {
  const { entries, loading, whenLoaded } = useSearchEntries(active);
  const results = useMemo(() => searchEntries(entries, query, PER_GROUP), [entries, query]);
  const groups = useMemo(() => groupResults(results), [results]);

  // The text Enter was pressed on while loading. Typing more or leaving the box forgets it, so a
  // later answer does not open something the user no longer asks for.
  const pendingEnter = useRef<string | null>(null);
  const forgetEnter = useCallback(() => {
    pendingEnter.current = null;
  }, []);

  /** The best match for `typed` once everything is loaded; nothing if the Enter was forgotten. */
  const bestMatchWhenLoaded = useCallback(
    (typed: string): Promise<SearchEntry | undefined> => {
      pendingEnter.current = typed;
      return whenLoaded().then(
        (all) => {
          if (pendingEnter.current !== typed) return undefined;
          pendingEnter.current = null;
          return searchEntries(all, typed, PER_GROUP)[0];
        },
        // The read failed: nothing to open; the box shows what it has and Enter can be pressed again.
        () => undefined,
      );
    },
    [whenLoaded],
  );

  return { results, groups, loading, bestMatchWhenLoaded, forgetEnter };
}
