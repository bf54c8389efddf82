import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  hasFilters,
  parseListView,
  toggleSort,
  writeListView,
} from '@/features/subscriptions/list-view';

describe('Subscriptions list: view in the URL', () => {
  it('reads search, filters and sort from the query string', () => {
    const view = parseListView(
      new URLSearchParams(
        'q=contoso&status=Enabled,Disabled&role=Account%20admin&offer=MS-AZR-0003P&sort=cost&dir=desc',
      ),
    );
    expect(view).toEqual({
      q: 'contoso',
      status: ['Enabled', 'Disabled'],
      role: ['Account admin'],
      offer: ['MS-AZR-0003P'],
      sort: 'cost',
      dir: 'desc',
    });
  });

  it('falls back to the default view for a missing or hand-edited query', () => {
    expect(parseListView(new URLSearchParams())).toEqual(DEFAULT_VIEW);
    const view = parseListView(
      new URLSearchParams('status=Bogus,Enabled,Enabled&role=Boss&sort=colour&dir=sideways'),
    );
    expect(view.status).toEqual(['Enabled']);
    expect(view.role).toEqual([]);
    expect(view.sort).toBe('name');
    expect(view.dir).toBe('asc');
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    const params = writeListView(
      { ...DEFAULT_VIEW, q: 'prod', status: ['Disabled'], sort: 'name', dir: 'desc' },
      new URLSearchParams('keep=1&offer=MS-AZR-0003P'),
    );
    expect(params.toString()).toBe('keep=1&q=prod&status=Disabled&sort=name&dir=desc');
    expect(writeListView(DEFAULT_VIEW).toString()).toBe('');
  });

  it('round-trips: a shared URL reproduces the same view', () => {
    const view = {
      q: 'a3f1',
      status: ['Enabled' as const],
      role: ['Owner' as const],
      offer: ['MS-AZR-0017P'],
      sort: 'offer' as const,
      dir: 'desc' as const,
    };
    expect(parseListView(writeListView(view))).toEqual(view);
  });

  it('toggles the sort direction on the same column and starts ascending on another', () => {
    expect(toggleSort({ sort: 'name', dir: 'asc' }, 'name')).toEqual({ sort: 'name', dir: 'desc' });
    expect(toggleSort({ sort: 'name', dir: 'desc' }, 'name')).toEqual({ sort: 'name', dir: 'asc' });
    expect(toggleSort({ sort: 'name', dir: 'desc' }, 'status')).toEqual({
      sort: 'status',
      dir: 'asc',
    });
  });

  it('knows when any filter is active (blank search is not a filter)', () => {
    expect(hasFilters(DEFAULT_VIEW)).toBe(false);
    expect(hasFilters({ ...DEFAULT_VIEW, q: '   ' })).toBe(false);
    expect(hasFilters({ ...DEFAULT_VIEW, offer: ['MS-AZR-0003P'] })).toBe(true);
  });
});
