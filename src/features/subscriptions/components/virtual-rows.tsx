import type { ReactNode, RefObject } from 'react';
import { useRowVirtualizer } from '@/features/subscriptions/components/use-row-virtualizer';

export interface VirtualRowsProps {
  scroller: RefObject<HTMLDivElement | null>;
  rowCount: number;
  rowHeight: number;
  headerHeight: number;
  overscan: number;
  rowKey: (index: number) => string;
  /** The row at `index`, `top` pixels below the first row's place; keyed by the caller. */
  renderRow: (index: number, top: number) => ReactNode;
}

/**
 * The rows in the scroller's view and the overscan, which follow its scrolling: the grid's window
 * once TanStack Virtual has loaded (subscriptions-grid.tsx loads it for a list longer than the
 * first window only).
 */
export function VirtualRows({ renderRow, ...options }: VirtualRowsProps) {
  const virtualizer = useRowVirtualizer(options);
  return virtualizer
    .getVirtualItems()
    .map((virtual) => renderRow(virtual.index, virtual.start - options.headerHeight));
}
