import { useArrowNavigationGroup } from '@fluentui/react-components';
import { useLayoutEffect, type RefObject } from 'react';

/**
 * Fluent Toolbar's arrow-key navigation (a Tabster mover, as `useToolbar_unstable` sets it), put on
 * `target`. Loaded by deferred-toolbar.tsx, with Tabster, once the page has settled or on first focus.
 */
export function ArrowNavigation({ target }: { target: RefObject<HTMLElement | null> }) {
  const attributes = useArrowNavigationGroup({ circular: true, axis: 'both' });
  useLayoutEffect(() => {
    const element = target.current;
    if (!element) return;
    const entries = Object.entries(attributes);
    for (const [name, value] of entries) element.setAttribute(name, value);
    return () => entries.forEach(([name]) => element.removeAttribute(name));
  }, [target, attributes]);
  return null;
}
