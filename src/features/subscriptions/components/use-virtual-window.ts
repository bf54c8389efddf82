import { useLayoutEffect, useRef, useState } from 'react';
import { computeWindow, type RowWindow } from '@/features/subscriptions/virtual-window';

/** Until the scroller is measured (first paint, or jsdom which has no layout), assume a tall screen. */
const UNMEASURED_HEIGHT = 900;

interface Options {
  rowCount: number;
  rowHeight: number;
  /** The sticky header scrolls with the rows inside the same scroller; rows start below it. */
  headerHeight: number;
  overscan: number;
}

/** Tracks a scroller's position and size, and says which rows it shows. */
export function useVirtualWindow<E extends HTMLElement>({
  rowCount,
  rowHeight,
  headerHeight,
  overscan,
}: Options) {
  const ref = useRef<E>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setViewport((previous) =>
        previous.top === element.scrollTop && previous.height === element.clientHeight
          ? previous
          : { top: element.scrollTop, height: element.clientHeight },
      );
    element.addEventListener('scroll', measure, { passive: true });
    // The first size comes from the observer, which reports it once the browser has laid the page
    // out anyway. Reading it here would force that layout in the middle of React's commit and render
    // the grid a second time before the first rows could paint (a slower first load); until then the grid
    // assumes a tall screen, which for a short list is every row.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  const height = viewport.height > 0 ? viewport.height : UNMEASURED_HEIGHT;
  const range: RowWindow = computeWindow({
    scrollTop: viewport.top - headerHeight,
    viewportHeight: height - headerHeight,
    rowHeight,
    rowCount,
    overscan,
  });
  return { ref, range };
}
