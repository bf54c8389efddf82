import {
  observeElementOffset,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useState, type RefObject } from 'react';
import { UNMEASURED_HEIGHT } from '@/features/subscriptions/components/row-window';

/** Until the scroller is measured (first paint, or jsdom which has no layout), assume a tall screen. */
const UNMEASURED: Rect = { width: 0, height: UNMEASURED_HEIGHT };

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

const ATTACH_AT_THE_LATEST_MS = 250;

/**
 * True from the task after the first frame that shows the rows. Attaching the scroller writes its
 * offset and reads its scroll height, which makes the browser lay the page out on the spot: inside
 * React's commit of the first rows, one long task with it (12-27 ms of the commit's 50-75 ms under
 * a test runner, times four on Lighthouse's phone). After the frame the layout is already done. Until
 * then the assumed tall screen decides which rows are drawn, as before the scroller is measured.
 */
function useAttachedAfterFirstFrame(): boolean {
  const [attached, setAttached] = useState(false);
  useEffect(() => {
    const attach = () => setAttached(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(attach, 0);
    });
    // A hidden tab draws no frames; its grid still attaches, in a task of its own.
    const fallback = setTimeout(attach, ATTACH_AT_THE_LATEST_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return attached;
}

/**
 * The library's scroll listener, which also reports where the scroller already is when it is
 * attached: a scroll made before (in the first frame, or by a test at once) is then kept, where the
 * library would otherwise write its own starting offset, the top, back into the scroller.
 */
function observeOffsetFromAttach(
  instance: Virtualizer<HTMLDivElement, Element>,
  onOffset: (offset: number, isScrolling: boolean) => void,
): (() => void) | undefined {
  const stop = observeElementOffset(instance, onOffset);
  const offset = instance.scrollElement?.scrollTop ?? 0;
  if (offset !== 0) onOffset(offset, false);
  return stop;
}

export interface RowWindowOptions {
  /** The scrolling element, which the grid renders. */
  scroller: RefObject<HTMLDivElement | null>;
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
  scroller,
  rowCount,
  rowHeight,
  headerHeight,
  overscan,
  rowKey,
}: RowWindowOptions) {
  const attached = useAttachedAfterFirstFrame();
  // The virtualizer is a mutable instance that re-renders this component itself when the rows in view
  // change; nothing here is memoised by React Compiler, which this build does not run.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: rowCount,
    getScrollElement: () => (attached ? scroller.current : null),
    observeElementOffset: observeOffsetFromAttach,
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
  return virtualizer;
}
