import { useState, type KeyboardEvent } from 'react';
import { useDeferredModule, type DeferredModule } from '@/components/deferred/deferred-module';

export interface DeferredPopupTriggerProps {
  onPointerEnter: () => void;
  onFocus: () => void;
  onBlur: () => void;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export interface DeferredPopup<M> {
  /**
   * The popup's module once this trigger should render it: it was already loaded when the trigger
   * first rendered, or the user has asked to open it and it has arrived.
   */
  loaded: M | undefined;
  /** The user asked to open it before its code arrived: it opens as it mounts. */
  openOnMount: boolean;
  /** For the trigger while `loaded` is undefined: hover and focus fetch, click and ArrowDown open. */
  triggerProps: DeferredPopupTriggerProps;
}

/**
 * A menu (or any popup) whose code downloads on the first hover or focus of its trigger and which
 * opens on that first click. Until then the caller renders the trigger alone, with `triggerProps`;
 * once `loaded`, the popup component with the same trigger inside, opening at once when
 * `openOnMount`. The popup takes over the trigger only when it opens (focus then moves into it),
 * never under a user's pointer or focus otherwise. Measured: the filter pills' Menu in the first
 * load would add 43.2 KB gzip before the list shows (Floating UI, Tabster and Fluent's motion).
 */
export function useDeferredPopup<M>(module: DeferredModule<M>): DeferredPopup<M> {
  const current = useDeferredModule(module);
  const [loadedAtFirstRender] = useState(() => module.current() !== undefined);
  const [wanted, setWanted] = useState(false);
  const open = () => {
    setWanted(true);
    module.prefetch();
  };
  return {
    loaded: loadedAtFirstRender || wanted ? current : undefined,
    openOnMount: wanted,
    triggerProps: {
      onPointerEnter: module.prefetch,
      onFocus: module.prefetch,
      // Leaving the trigger before the code arrived drops the request to open.
      onBlur: () => {
        if (module.current() === undefined) setWanted(false);
      },
      onClick: open,
      onKeyDown: (event) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        open();
      },
    },
  };
}
