import { useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/** Until the scroller is measured (first paint, or jsdom which has no layout), assume a tall screen. */
const UNMEASURED: Rect = { width: 0, height: 900 };

/**
 * The scroller's size, from the resize observer only. The library's default reads `clientHeight`
 * while React commits, which forces a layout in the middle of the first render and renders the grid a
 * second time before its first rows can paint (a slower first load). The observer reports the size
 * once the browser has laid the page out anyway; until then the assumed tall screen shows every row of
 * a short list.
 */
function observeSizeLazily(
  instance: Virtualizer<HTMLDivElement, Element>,
  onSize: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    onSize({
      width: Math.round(entry.contentRect.width),
      height: Math.round(entry.contentRect.height),
    });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

interface Options {
  rowCount: number;
  rowHeight: number;
  /** The sticky header scrolls with the rows inside the same scroller; rows start below it. */
  headerHeight: number;
  /** Extra rows kept above and below the visible ones, so fast scrolling and Tab never land on a gap. */
  overscan: number;
  rowKey: (index: number) => string;
}

/** A fixed-row-height window over a scroller: which rows it shows and where each one sits. */
export function useRowVirtualizer({
  rowCount,
  rowHeight,
  headerHeight,
  overscan,
  rowKey,
}: Options) {
  const ref = useRef<HTMLDivElement>(null);
  // The virtualizer is a mutable instance that re-renders this component itself when the rows in view
  // change; nothing here is memoised by React Compiler, which this build does not run.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: rowCount,
    getScrollElement: () => ref.current,
    estimateSize: () => rowHeight,
    getItemKey: rowKey,
    overscan,
    scrollMargin: headerHeight,
    initialRect: UNMEASURED,
    observeElementRect: observeSizeLazily,
    // A scroll renders the new rows in React's own task, as any other state update from a native
    // event, rather than synchronously inside the scroll event: a fast fling then never makes one
    // task out of the scroll handling and the render together.
    useFlushSync: false,
  });
  return { ref, virtualizer };
}
