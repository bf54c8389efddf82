import { useLayoutEffect, type RefObject } from 'react';
import { SIDE_DOCK_WIDTH } from '@/components/shell/breakpoints';

// Where the caption sits: docked, never over the portal. On a wide screen (a 1280 × 720 projector and
// up) it is a column at the right and the portal narrows beside it; on a tablet held upright or a
// phone it is a sheet along the bottom and the portal ends above it. The blade under the caption is
// then never hidden by it, whatever the chapter outlines: the portal's own layout leaves it the room.

/** The variables the portal shell sizes itself by (src/components/shell/portal-shell.tsx). */
const INLINE = '--presentation-dock-inline';
const BLOCK = '--presentation-dock-block';

/**
 * Tells the portal how much of the window the caption takes while it is shown: its width when it is
 * the side column, its measured height when it is the bottom sheet (that follows its text).
 */
export function useCaptionDock(card: RefObject<HTMLElement | null>, side: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    if (side) {
      root.setProperty(INLINE, SIDE_DOCK_WIDTH);
      return () => root.removeProperty(INLINE);
    }
    const element = card.current;
    if (!element) return undefined;
    const update = () => root.setProperty(BLOCK, `${element.offsetHeight}px`);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.removeProperty(BLOCK);
    };
  }, [card, side]);
}
