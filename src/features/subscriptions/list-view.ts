import { ROLE_DEFINITION_NAMES, type RoleDefinitionName } from '@/contract/authorization';
import { SUBSCRIPTION_STATES, type SubscriptionState } from '@/contract/subscriptions';

// The blade's view (search, filters, sort) lives in the URL, so a view can be shared or bookmarked:
// `?q=&status=&role=&offer=&sort=name&dir=asc`. Lists are comma-separated; defaults are left out.

export const SORT_KEYS = ['name', 'id', 'role', 'offer', 'status', 'cost'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ListView {
  q: string;
  status: SubscriptionState[];
  role: RoleDefinitionName[];
  /** Offer IDs (MS-AZR-…), stable across languages. */
  offer: string[];
  sort: SortKey;
  dir: SortDirection;
}

export const DEFAULT_VIEW: ListView = {
  q: '',
  status: [],
  role: [],
  offer: [],
  sort: 'name',
  dir: 'asc',
};

const STATES: readonly string[] = SUBSCRIPTION_STATES;
const ROLES: readonly string[] = ROLE_DEFINITION_NAMES;

function list(params: URLSearchParams, name: string): string[] {
  const values = (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

function isSortKey(value: string | null): value is SortKey {
  return (SORT_KEYS as readonly (string | null)[]).includes(value);
}

/** Reads the view from the URL; unknown values (an old or hand-edited link) are ignored. */
export function parseListView(params: URLSearchParams): ListView {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    status: list(params, 'status').filter((value): value is SubscriptionState =>
      STATES.includes(value),
    ),
    role: list(params, 'role').filter((value): value is RoleDefinitionName =>
      ROLES.includes(value),
    ),
    offer: list(params, 'offer'),
    sort: isSortKey(sort) ? sort : DEFAULT_VIEW.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes the view into `base` (other parameters are kept), leaving out what is at its default. */
export function writeListView(
  view: ListView,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string, isDefault: boolean) => {
    if (isDefault) params.delete(name);
    else params.set(name, value);
  };
  set('q', view.q, view.q === '');
  set('status', view.status.join(','), view.status.length === 0);
  set('role', view.role.join(','), view.role.length === 0);
  set('offer', view.offer.join(','), view.offer.length === 0);
  const defaultSort = view.sort === DEFAULT_VIEW.sort && view.dir === DEFAULT_VIEW.dir;
  set('sort', view.sort, defaultSort);
  set('dir', view.dir, defaultSort);
  return params;
}

export function hasFilters(view: Pick<ListView, 'q' | 'status' | 'role' | 'offer'>): boolean {
  return (
    view.q.trim() !== '' || view.status.length > 0 || view.role.length > 0 || view.offer.length > 0
  );
}

/** Clicking a header sorts by it ascending; clicking the sorted header again reverses it. */
export function toggleSort(
  view: Pick<ListView, 'sort' | 'dir'>,
  key: SortKey,
): Pick<ListView, 'sort' | 'dir'> {
  if (view.sort !== key) return { sort: key, dir: 'asc' };
  return { sort: key, dir: view.dir === 'asc' ? 'desc' : 'asc' };
}
