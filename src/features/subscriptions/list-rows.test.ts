import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  filterRows,
  indexRows,
  sortRows,
  type ListRow,
  type RowLabels,
} from '@/features/subscriptions/list-rows';
import { DEFAULT_VIEW } from '@/features/subscriptions/list-view';

const row = (name: string, id: string, extra: Partial<ListRow> = {}): ListRow => ({
  subscriptionId: id,
  displayName: name,
  state: 'Enabled',
  role: 'Account admin',
  offerName: 'Pay-As-You-Go',
  offerId: 'MS-AZR-0003P',
  cost: { amount: 10, currency: 'USD' },
  ...extra,
});

const plain: ListRow[] = [
  row('Contoso Production', 'a3f1-0001', { cost: { amount: 250.5, currency: 'USD' } }),
  row('contoso dev/test', 'a3f1-0002', {
    offerName: 'Visual Studio Enterprise',
    offerId: 'MS-AZR-0063P',
    cost: undefined,
  }),
  row('Fabrikam Analytics', 'b000-0005', { role: 'Reader' }),
  row('Legacy Marketing', 'a3f1-0006', { state: 'Disabled', cost: { amount: 0, currency: 'USD' } }),
];
const labels: RowLabels = {
  role: (role) => role ?? '—',
  status: (state) => (state === 'Enabled' ? 'Active' : state),
};
const rows = indexRows(plain, labels);
const names = (list: typeof rows) => list.map(({ row: r }) => r.displayName);
const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

describe('Subscriptions list: search and filters', () => {
  it('searches the name in any case, or the ID', () => {
    expect(names(filterRows(rows, { ...DEFAULT_VIEW, q: '  CONTOSO ' }))).toEqual([
      'Contoso Production',
      'contoso dev/test',
    ]);
    expect(names(filterRows(rows, { ...DEFAULT_VIEW, q: 'b000-0005' }))).toEqual([
      'Fabrikam Analytics',
    ]);
  });

  it('keeps rows with any chosen status, role or offer, and all filters together', () => {
    expect(names(filterRows(rows, { ...DEFAULT_VIEW, status: ['Disabled'] }))).toEqual([
      'Legacy Marketing',
    ]);
    expect(names(filterRows(rows, { ...DEFAULT_VIEW, role: ['Reader', 'Owner'] }))).toEqual([
      'Fabrikam Analytics',
    ]);
    expect(names(filterRows(rows, { ...DEFAULT_VIEW, offer: ['ms-azr-0063p'] }))).toEqual([
      'contoso dev/test',
    ]);
    const all = {
      ...DEFAULT_VIEW,
      q: 'a3f1',
      status: ['Enabled' as const],
      offer: ['MS-AZR-0003P'],
    };
    expect(names(filterRows(rows, all))).toEqual(['Contoso Production']);
  });

  it('offers the values present, in ARM order (offers by name), plus chosen values no row has', () => {
    const options = filterOptions(
      plain,
      { status: ['Deleted'], role: [], offer: ['MS-AZR-0044P'] },
      labels,
      collator,
    );
    expect(options.status).toEqual([
      { value: 'Enabled', label: 'Active' },
      { value: 'Disabled', label: 'Disabled' },
      { value: 'Deleted', label: 'Deleted' },
    ]);
    expect(options.role.map((option) => option.value)).toEqual(['Account admin', 'Reader']);
    expect(options.offer).toEqual([
      { value: 'MS-AZR-0044P', label: 'MS-AZR-0044P' },
      { value: 'MS-AZR-0003P', label: 'Pay-As-You-Go' },
      { value: 'MS-AZR-0063P', label: 'Visual Studio Enterprise' },
    ]);
  });
});

describe('Subscriptions list: sort', () => {
  it('sorts by name both ways, ignoring case', () => {
    expect(names(sortRows(rows, 'name', 'asc', collator))).toEqual([
      'contoso dev/test',
      'Contoso Production',
      'Fabrikam Analytics',
      'Legacy Marketing',
    ]);
    expect(names(sortRows(rows, 'name', 'desc', collator))[0]).toBe('Legacy Marketing');
  });

  it('sorts by the labels shown and by cost, with ties in name order', () => {
    expect(names(sortRows(rows, 'status', 'desc', collator))[0]).toBe('Legacy Marketing');
    expect(names(sortRows(rows, 'role', 'desc', collator))[0]).toBe('Fabrikam Analytics');
    expect(names(sortRows(rows, 'cost', 'asc', collator))).toEqual([
      'contoso dev/test',
      'Legacy Marketing',
      'Fabrikam Analytics',
      'Contoso Production',
    ]);
  });

  it('Performance: sorts again after a poll by the names it has now, ties by ID', () => {
    const sorted = names(sortRows(rows, 'name', 'asc', collator));
    expect(sorted[0]).toBe('contoso dev/test');
    // A rename arrives with the next poll; names the collator calls equal tie on the ID.
    const renamed = indexRows(
      [...plain.slice(1), row('Aardvark Labs', 'a3f1-0001'), row('LEGACY marketing', 'a3f1-0000')],
      labels,
    );
    expect(names(sortRows(renamed, 'name', 'asc', collator))).toEqual([
      'Aardvark Labs',
      'contoso dev/test',
      'Fabrikam Analytics',
      'LEGACY marketing',
      'Legacy Marketing',
    ]);
  });

  it('does not reorder its input', () => {
    const before = names(rows);
    sortRows(rows, 'name', 'desc', collator);
    expect(names(rows)).toEqual(before);
  });
});
