// @vitest-environment jsdom
import { TableCell, TableRow } from '@fluentui/react-components';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '@/components/table/data-table';

afterEach(cleanup);

describe('DataTable: a blade list', () => {
  it('is a table named by its label, with one column header a column and the caller’s rows', () => {
    render(
      <DataTable aria-label="Invoices" columns={[{ label: 'Invoice ID' }, { label: 'Amount' }]}>
        <TableRow>
          <TableCell>G1</TableCell>
          <TableCell>USD 10.00</TableCell>
        </TableRow>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'Invoices' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Invoice ID', 'Amount']);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('can be named by a heading', () => {
    render(
      <>
        <h2 id="group">rg-app</h2>
        <DataTable aria-labelledby="group" columns={[{ label: 'Name' }]}>
          {null}
        </DataTable>
      </>,
    );
    expect(screen.getByRole('table', { name: 'rg-app' })).toBeTruthy();
  });
});
