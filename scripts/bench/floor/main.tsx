import {
  FluentProvider,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  webLightTheme,
} from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { StaticRow } from '../static-page';

// The bench's "stack floor": the static page's rows painted by React and Fluent UI, with the data
// inlined at build time. No router, no queries, no mock, no shell: what the stack alone costs to show
// the list, so the portal's figures can be read as floor + what the portal adds (docs/performance.md).

declare const __FLOOR_ROWS__: StaticRow[];

const COLUMNS = [
  'Subscription name',
  'Subscription ID',
  'My role',
  'Offer',
  'Status',
  'Current cost',
];

function FloorPage() {
  return (
    <FluentProvider theme={webLightTheme}>
      <header>Microsoft Azure</header>
      <main>
        <h1>Subscriptions</h1>
        <p>
          Showing {__FLOOR_ROWS__.length} of {__FLOOR_ROWS__.length} subscriptions
        </p>
        <Table aria-label="Subscriptions">
          <TableHeader>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHeaderCell key={column}>{column}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {__FLOOR_ROWS__.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <Link href="#">{row.name}</Link>
                </TableCell>
                <TableCell>{row.id}</TableCell>
                <TableCell>{row.role}</TableCell>
                <TableCell>{row.offer}</TableCell>
                <TableCell>{row.status}</TableCell>
                <TableCell>{row.cost}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
createRoot(container).render(<FloorPage />);
