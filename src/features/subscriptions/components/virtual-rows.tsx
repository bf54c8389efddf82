import type { ReactNode } from 'react';
import {
  useRowVirtualizer,
  type RowWindowOptions,
} from '@/features/subscriptions/components/use-row-virtualizer';

interface VirtualRowsProps extends RowWindowOptions {
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
