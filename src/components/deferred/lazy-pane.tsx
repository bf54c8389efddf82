import {
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';

// The top bar's panes (Notifications, Settings, Demo) are code the first screen does without: each
// downloads when first wanted (hover, focus, click), not with the portal, and a failed prefetch is
// retried, and reported, when the pane opens. Measured: docs/performance.md, "Deferred loading".

export interface LazyPane<Props> {
  /** The pane, rendered inside `PaneSlot` (React.lazy: it suspends until its code is there). */
  Pane: ComponentType<Props>;
  /** For the trigger's hover and focus: starts the download; a failure waits for the opening. */
  prefetch: () => void;
}

export function lazyPane<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyPane<Props> {
  const Pane = lazy(() => load().then((component) => ({ default: component })));
  return { Pane, prefetch: () => void load().catch(() => undefined) };
}

export interface PaneToggle {
  open: boolean;
  setOpen: Dispatch<SetStateAction<boolean>>;
  /** The pane was opened once: it stays mounted, so it can animate closed and open again at once. */
  mounted: boolean;
  /** For the top-bar button that opens and closes the pane. */
  triggerProps: {
    'aria-expanded': boolean;
    'aria-haspopup': 'dialog';
    onPointerEnter: () => void;
    onFocus: () => void;
    onClick: () => void;
  };
}

/** A top-bar button's pane: the click toggles it, hover and focus fetch its code. */
export function usePaneToggle(pane: Pick<LazyPane<never>, 'prefetch'>): PaneToggle {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  return {
    open,
    setOpen,
    mounted,
    triggerProps: {
      'aria-expanded': open,
      'aria-haspopup': 'dialog',
      onPointerEnter: pane.prefetch,
      onFocus: pane.prefetch,
      onClick: () => {
        setMounted(true);
        setOpen((value) => !value);
      },
    },
  };
}

/** Renders the pane once it has been wanted; nothing shows while its code downloads. */
export function PaneSlot({ mounted, children }: { mounted: boolean; children: ReactNode }) {
  if (!mounted) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}
