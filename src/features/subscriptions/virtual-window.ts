export interface WindowInput {
  /** How far the rows' own top has scrolled out of view (0 while the first row is visible). */
  scrollTop: number;
  /** Height of the area the rows are seen through. */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows kept above and below the visible ones, so fast scrolling and Tab never land on a gap. */
  overscan: number;
}

export interface RowWindow {
  /** First row index in the DOM. */
  start: number;
  /** One past the last row index in the DOM. */
  end: number;
  /** Height of all rows, so the scrollbar matches the full list. */
  totalHeight: number;
}

/** Which rows a fixed-row-height list must render: the visible ones plus `overscan` on each side. */
export function computeWindow({
  scrollTop,
  viewportHeight,
  rowHeight,
  rowCount,
  overscan,
}: WindowInput): RowWindow {
  const totalHeight = rowCount * rowHeight;
  if (rowCount === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight };
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, totalHeight - 1));
  const firstVisible = Math.floor(top / rowHeight);
  const lastVisible = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  return {
    start: Math.max(0, firstVisible - overscan),
    end: Math.min(rowCount, lastVisible + overscan),
    totalHeight,
  };
}
