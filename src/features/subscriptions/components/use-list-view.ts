import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListView, writeListView, type ListView } from '@/features/subscriptions/list-view';

/** The blade's search, filters and sort, read from and written to the URL. */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseListView(params), [params]);
  const update = useCallback(
    (change: Partial<ListView>) =>
      // Replace, not push: refining a view is not a page to go Back to. flushSync keeps the URL in
      // step with each keystroke, so a fast typist never sees an older query come back.
      setParams((current) => writeListView({ ...parseListView(current), ...change }, current), {
        replace: true,
        flushSync: true,
      }),
    [setParams],
  );
  return { view, update };
}
