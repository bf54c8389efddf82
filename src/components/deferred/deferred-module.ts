import { useEffect, useSyncExternalStore } from 'react';
import { nextIdleTurn, whenPageSettled } from '@/components/deferred/page-settled';
import { pause } from '@/config/pause';

/**
 * Code the first screen can do without (a toaster, an avatar, a tooltip's or a menu's popup),
 * downloaded when it is first wanted or once the page has settled, never in the way of the content.
 * Components read it with `useDeferredModule` and show a placeholder (or nothing) until it is there.
 * Kept for what measurably pays to keep out of the first load (docs/performance.md, "Deferred
 * loading: what each piece pays"): 8.6 to 43.2 KB gzip each before the list shows. Unlike
 * `React.lazy`, which shows its fallback once more even when a hover has already fetched the code,
 * a loaded module renders at once, and `current()` says whether it is there.
 */
export interface DeferredModule<M> {
  /** Starts the download, once; a failed download is forgotten, so the next call tries again. */
  load: () => Promise<M>;
  /** `load()` for a hover, a focus or an idle moment: a failure is left to the next attempt. */
  prefetch: () => void;
  /** The module, once it has loaded. */
  current: () => M | undefined;
  subscribe: (listener: () => void) => () => void;
}

export function deferredModule<M>(loader: () => Promise<M>): DeferredModule<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const load = () => {
    pending ??= loader().then(
      async (module) => {
        // The components that wait for it render in a task of their own, not in the one that
        // evaluated the module's chunk: together they made tasks of 20-48 ms once the page had
        // settled, in Lighthouse's phone traces.
        await pause();
        loaded = module;
        listeners.forEach((listener) => listener());
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    load,
    prefetch: () => void load().catch(() => undefined),
    current: () => loaded,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * When the calling component wants the module: `now` (it is needed to show something), `settled`
 * (once the page has settled, see page-settled.ts), or `on-demand` (the caller calls `load` or
 * `prefetch` itself, on hover, focus or click).
 */
export type LoadWhen = 'now' | 'settled' | 'on-demand';

/** The module once loaded (the component renders again when it arrives), else undefined. */
export function useDeferredModule<M>(
  module: DeferredModule<M>,
  when: LoadWhen = 'on-demand',
): M | undefined {
  const current = useSyncExternalStore(module.subscribe, module.current, module.current);
  const missing = current === undefined;
  useEffect(() => {
    if (!missing || when === 'on-demand') return;
    if (when === 'now') {
      module.prefetch();
      return;
    }
    let active = true;
    void whenPageSettled()
      .then(nextIdleTurn)
      .then(() => {
        if (active) module.prefetch();
      });
    return () => {
      active = false;
    };
  }, [module, when, missing]);
  return current;
}
