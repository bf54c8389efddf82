import {
  makeStyles,
  tokens,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

// A blade's list as the portal draws it: a small Fluent table under a header row, scrolling sideways
// inside its own box on a narrow window instead of widening the blade. The rows are the caller's.

// The sideways scroll shows itself: a shade on the side that has more columns (a phone shows two or
// three of them), drawn by the box's backgrounds alone. Two covers in the page's colour scroll with the
// content (`local`) and hide each shade once its end is reached.
const cover = tokens.colorNeutralBackground1;
const useStyles = makeStyles({
  wrap: {
    overflowX: 'auto',
    backgroundImage: [
      `linear-gradient(to right, ${cover} 30%, transparent)`,
      `linear-gradient(to left, ${cover} 30%, transparent)`,
      'radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.18), transparent)',
      'radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.18), transparent)',
    ].join(', '),
    backgroundPosition: 'left center, right center, left center, right center',
    backgroundRepeat: 'no-repeat',
    backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
    backgroundAttachment: 'local, local, scroll, scroll',
  },
});

export interface DataTableColumn {
  /** The header's text; unique in the table. */
  label: string;
  /** A width for the column, when its content should not decide it. */
  className?: string;
}

export type DataTableProps = {
  columns: readonly DataTableColumn[];
  /** The table's own class, e.g. a minimum width under which the box scrolls. */
  className?: string;
  children: ReactNode;
} & ({ 'aria-label': string } | { 'aria-labelledby': string });

export function DataTable({ columns, className, children, ...name }: DataTableProps) {
  const styles = useStyles();
  return (
    <div className={styles.wrap}>
      <Table className={className} size="small" {...name}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.label} className={column.className}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
