import { useEffect, useState, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { RouteHandle } from '@/app/routes/route-handle';
import {
  deferredModule,
  useDeferredModule,
  type DeferredModule,
} from '@/components/deferred/deferred-module';
import { Loading } from '@/components/feedback/loading';

/**
 * The blade once its code is there, a spinner until then. A blade whose code a hover or the start
 * has already fetched renders at once, without the extra suspended render of `React.lazy`. A failed
 * download goes to the blades' error boundary (route-error.tsx), which offers a reload.
 */
function LazyBlade({ blade }: { blade: DeferredModule<{ Blade: ComponentType }> }) {
  const loaded = useDeferredModule(blade);
  const [failure, setFailure] = useState<Error | null>(null);
  // Loaded here rather than by `useDeferredModule`, whose prefetch leaves a failure to a retry: a
  // blade that cannot load says so.
  useEffect(() => {
    if (loaded) return;
    let active = true;
    blade.load().catch((error: unknown) => {
      if (active) setFailure(error instanceof Error ? error : new Error(String(error)));
    });
    return () => {
      active = false;
    };
  }, [blade, loaded]);
  if (failure) throw failure;
  return loaded ? <loaded.Blade /> : <Loading />;
}

/**
 * A route whose blade's code downloads when it is first shown, or sooner: at start for the address
 * the tab opened on, and on a link's hover or focus (`preloadRoute`, router.tsx).
 */
export function lazyBladeRoute(
  path: string,
  load: () => Promise<ComponentType>,
  handle: RouteHandle = {},
): RouteObject {
  const blade = deferredModule(() => load().then((Blade) => ({ Blade })));
  return {
    path,
    handle: { ...handle, preload: blade.prefetch } satisfies RouteHandle,
    element: <LazyBlade blade={blade} />,
  };
}
