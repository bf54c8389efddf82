import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListView, writeListView, type ListView } from '@/features/subscriptions/list-view';

/** The blade's search, filters and sort, read from and written to the URL. */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseListView(params), [params]);
  const update = useCallback(
    (change: Partial<ListView>) =>
      // Replace, not push: refining a view is not a page to go Back to. The router renders the new
      // URL within the keystroke's event (portal.tsx: no transitions), so a fast typist never sees
      // an older query come back.
      setParams((current) => writeListView({ ...parseListView(current), ...change }, current), {
        replace: true,
      }),
    [setParams],
  );
  return { view, update };
}
