import { describe, expect, it } from 'vitest';
import {
  groupResults,
  makeEntry,
  resourceKind,
  searchEntries,
  type SearchEntry,
} from '@/features/global-search/search-entries';

const entries: SearchEntry[] = [
  makeEntry({ group: 'services', key: 's-home', label: 'Home', detail: 'Service', to: '/' }),
  makeEntry({
    group: 'services',
    key: 's-subs',
    label: 'Subscriptions',
    detail: 'Service',
    to: '/subscriptions',
  }),
  makeEntry(
    {
      group: 'subscriptions',
      key: 'sub-1',
      label: 'Contoso Production',
      detail: 'a3f1-01',
      to: '/subscriptions/a3f1-01',
    },
    'a3f1-01',
  ),
  makeEntry(
    {
      group: 'subscriptions',
      key: 'sub-2',
      label: 'Legacy Contoso',
      detail: 'b4e2-02',
      to: '/subscriptions/b4e2-02',
    },
    'b4e2-02',
  ),
  makeEntry({
    group: 'resources',
    key: 'r-1',
    label: 'vm-contoso-web',
    detail: 'Virtual machine',
    to: '/subscriptions/a3f1-01/resources',
  }),
];

const labels = (list: SearchEntry[]) => list.map((entry) => entry.label);

describe('Global search: matching', () => {
  it('lists the services before anything is typed', () => {
    expect(labels(searchEntries(entries, '  ', 10))).toEqual(['Home', 'Subscriptions']);
  });

  it('matches names anywhere, in any case, services then subscriptions then resources', () => {
    expect(labels(searchEntries(entries, 'CONTOSO', 10))).toEqual([
      'Contoso Production',
      'Legacy Contoso',
      'vm-contoso-web',
    ]);
    expect(labels(searchEntries(entries, 'sub', 10))).toEqual(['Subscriptions']);
  });

  it('puts names that start with the query first', () => {
    const contoso = [entries[3], entries[2]].filter(
      (entry): entry is SearchEntry => entry !== undefined,
    );
    expect(labels(searchEntries(contoso, 'contoso', 10))).toEqual([
      'Contoso Production',
      'Legacy Contoso',
    ]);
  });

  it('finds a subscription by its ID', () => {
    expect(labels(searchEntries(entries, 'b4e2', 10))).toEqual(['Legacy Contoso']);
  });

  it('keeps at most perGroup entries of each group', () => {
    expect(labels(searchEntries(entries, 'o', 1))).toEqual([
      'Home',
      'Contoso Production',
      'vm-contoso-web',
    ]);
  });

  it('names resource kinds from their ARM type, whatever the case', () => {
    expect(resourceKind('microsoft.compute/virtualMachines')).toBe('vm');
    expect(resourceKind('Microsoft.Network/publicIPAddresses')).toBe('other');
  });

  it('groups consecutive results, each keeping its place in the flat list', () => {
    const groups = groupResults(searchEntries(entries, 'contoso', 6));
    expect(groups.map(({ group, items }) => [group, items.map(({ index }) => index)])).toEqual([
      ['subscriptions', [0, 1]],
      ['resources', [2]],
    ]);
    expect(groupResults([])).toEqual([]);
  });
});
