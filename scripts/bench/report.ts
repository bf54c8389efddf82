import type { BudgetCheck } from './budgets';
import type { Summary } from './stats';

// Plain-text tables for the terminal; the JSON file carries the same figures.

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function table(headers: string[], rows: string[][], rightFrom = 1): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] ?? 0, column >= rightFrom)).join('  ');
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

/** A report section: a blank line, its title, then a table of median, min, max and runs per row. */
export function summarySection(title: string, firstHeader: string, rows: string[][]): string[] {
  return ['', title, table([firstHeader, 'median', 'min', 'max', 'runs'], rows)];
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

export function kb(value: number): string {
  return `${value.toFixed(1)} KB`;
}

export function summaryRow(
  label: string,
  summary: Summary,
  format: (n: number) => string,
): string[] {
  return [
    label,
    format(summary.median),
    format(summary.min),
    format(summary.max),
    String(summary.runs),
  ];
}

export function budgetRows(checks: readonly BudgetCheck[]): string[][] {
  return checks.map((c) => [
    c.figure,
    c.value === null ? 'n/a' : `${c.value.toFixed(c.unit === '×' ? 2 : 1)} ${c.unit}`,
    `≤ ${c.limit} ${c.unit}`,
    c.pass === null ? 'UNKNOWN' : c.pass ? 'PASS' : 'FAIL',
  ]);
}
