import { describe, expect, it } from 'vitest';
import { computeWindow } from '@/features/subscriptions/virtual-window';

const base = { rowHeight: 36, viewportHeight: 360, rowCount: 5_000, overscan: 5 };

describe('Subscriptions list: virtual window', () => {
  it('renders the first screen plus overscan at the top', () => {
    expect(computeWindow({ ...base, scrollTop: 0 })).toEqual({
      start: 0,
      end: 15,
      totalHeight: 180_000,
    });
  });

  it('follows the scroll position, with overscan on both sides', () => {
    expect(computeWindow({ ...base, scrollTop: 36 * 100 })).toEqual({
      start: 95,
      end: 115,
      totalHeight: 180_000,
    });
    // Half a row scrolled: the partly visible rows on both edges count.
    expect(computeWindow({ ...base, scrollTop: 36 * 100 + 18 })).toEqual({
      start: 95,
      end: 116,
      totalHeight: 180_000,
    });
  });

  it('reaches the last row at the end and never goes past it', () => {
    const end = computeWindow({ ...base, scrollTop: 180_000 - 360 });
    expect(end.end).toBe(5_000);
    expect(end.start).toBe(4_985);
    // A list that shrank under a deep scroll position still renders its last rows.
    expect(computeWindow({ ...base, rowCount: 4, scrollTop: 99_999 })).toEqual({
      start: 0,
      end: 4,
      totalHeight: 144,
    });
  });

  it('renders every row of a short list and nothing of an empty one', () => {
    expect(computeWindow({ ...base, rowCount: 7, scrollTop: 0 })).toEqual({
      start: 0,
      end: 7,
      totalHeight: 252,
    });
    expect(computeWindow({ ...base, rowCount: 0, scrollTop: 0 })).toEqual({
      start: 0,
      end: 0,
      totalHeight: 0,
    });
  });

  it('treats a negative scroll (overscroll bounce) as the top', () => {
    expect(computeWindow({ ...base, scrollTop: -50 }).start).toBe(0);
  });
});
