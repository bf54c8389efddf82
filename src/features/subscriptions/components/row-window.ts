/** Until the grid's scroller is measured (the first paint, or jsdom, which lays nothing out), the
 * height it is assumed to have: a tall screen's. */
export const UNMEASURED_HEIGHT = 900;

/**
 * How many rows the grid's first window shows, before its scroller is measured: a tall screen's
 * worth and the overscan. A list no longer than that shows every row from its first render.
 */
export function firstWindowRows(rowHeight: number, overscan: number): number {
  return Math.ceil(UNMEASURED_HEIGHT / rowHeight) + overscan;
}
