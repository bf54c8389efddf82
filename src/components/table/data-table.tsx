import {
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

// A blade's list as the portal draws it: a small Fluent table under a header row, scrolling sideways
// inside its own box on a narrow window instead of widening the blade. The rows are the caller's.

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
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
