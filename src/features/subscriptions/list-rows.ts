import { ROLE_DEFINITION_NAMES, type RoleDefinitionName } from '@/contract/authorization';
import { SUBSCRIPTION_STATES, type SubscriptionState } from '@/contract/subscriptions';
import type { ListView, SortDirection, SortKey } from '@/features/subscriptions/list-view';

/** What the list needs of one subscription (joined from the list, role and billing reads). */
export interface ListRow {
  subscriptionId: string;
  displayName: string;
  state: SubscriptionState;
  role: RoleDefinitionName | undefined;
  offerName: string | undefined;
  offerId: string | undefined;
  cost: { amount: number; currency: string } | undefined;
}

export interface IndexedRow<R extends ListRow = ListRow> {
  row: R;
  /** Name and ID, lower-cased once, so a keystroke on 5,000 rows is only `includes` calls. */
  haystack: string;
  roleLabel: string;
  statusLabel: string;
}

export interface RowLabels {
  role: (role: RoleDefinitionName | undefined) => string;
  status: (state: SubscriptionState) => string;
}

export function indexRows<R extends ListRow>(
  rows: readonly R[],
  labels: RowLabels,
): IndexedRow<R>[] {
  return rows.map((row) => ({
    row,
    haystack: `${row.displayName}\n${row.subscriptionId}`.toLowerCase(),
    roleLabel: labels.role(row.role),
    statusLabel: labels.status(row.state),
  }));
}

type Filters = Pick<ListView, 'q' | 'status' | 'role' | 'offer'>;

/** Search matches the name or the ID anywhere, in any case; each filter keeps rows with any chosen value. */
export function filterRows<R extends ListRow>(
  rows: readonly IndexedRow<R>[],
  filters: Filters,
): IndexedRow<R>[] {
  const needle = filters.q.trim().toLowerCase();
  const status = filters.status.length ? new Set<string>(filters.status) : null;
  const role = filters.role.length ? new Set<string>(filters.role) : null;
  const offer = filters.offer.length ? new Set(filters.offer.map((id) => id.toLowerCase())) : null;
  return rows.filter(({ row, haystack }) => {
    if (needle && !haystack.includes(needle)) return false;
    if (status && !status.has(row.state)) return false;
    if (role && !(row.role && role.has(row.role))) return false;
    if (offer && !(row.offerId && offer.has(row.offerId.toLowerCase()))) return false;
    return true;
  });
}

/**
 * Collation ranks: equal ranks for strings the collator calls equal, and rank order is collation
 * order. Sorting 5,000 names with the collator costs tens of milliseconds, and the list sorts again
 * after every poll; with ranks kept per collator, a re-sort of names it has seen compares integers.
 */
const ranksByCollator = new WeakMap<Intl.Collator, Map<string, number>>();

function collationRanks(collator: Intl.Collator, values: ReadonlySet<string>): Map<string, number> {
  const cached = ranksByCollator.get(collator);
  if (cached && [...values].every((value) => cached.has(value))) return cached;
  const sorted = [...values].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, index) => {
    if (index > 0 && collator.compare(sorted[index - 1] as string, value) !== 0) rank += 1;
    ranks.set(value, rank);
  });
  ranksByCollator.set(collator, ranks);
  return ranks;
}

/**
 * Sorts by what the user sees (localized role and status labels, names in the language's collation),
 * then by name and ID so equal keys keep a stable order. Rows without a cost sort below any cost.
 */
export function sortRows<R extends ListRow>(
  rows: readonly IndexedRow<R>[],
  key: SortKey,
  dir: SortDirection,
  collator: Intl.Collator,
): IndexedRow<R>[] {
  const shown = (entry: IndexedRow<R>): string | undefined => {
    switch (key) {
      case 'role':
        return entry.roleLabel;
      case 'offer':
        return entry.row.offerName ?? '';
      case 'status':
        return entry.statusLabel;
      default:
        return undefined;
    }
  };
  const values = new Set<string>();
  for (const entry of rows) {
    values.add(entry.row.displayName);
    const label = shown(entry);
    if (label !== undefined) values.add(label);
  }
  const ranks = collationRanks(collator, values);
  const rankOf = (value: string): number => ranks.get(value) ?? 0;
  const compareKey = (a: IndexedRow<R>, b: IndexedRow<R>): number => {
    switch (key) {
      case 'name':
        return rankOf(a.row.displayName) - rankOf(b.row.displayName);
      case 'id':
        return a.row.subscriptionId.localeCompare(b.row.subscriptionId, 'en');
      case 'cost':
        return (a.row.cost?.amount ?? -Infinity) - (b.row.cost?.amount ?? -Infinity);
      default:
        return rankOf(shown(a) ?? '') - rankOf(shown(b) ?? '');
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compareKey(a, b) ||
      rankOf(a.row.displayName) - rankOf(b.row.displayName) ||
      a.row.subscriptionId.localeCompare(b.row.subscriptionId, 'en'),
  );
}

export interface FilterOption<V extends string = string> {
  value: V;
  label: string;
}

export interface FilterOptions {
  status: FilterOption<SubscriptionState>[];
  role: FilterOption<RoleDefinitionName>[];
  offer: FilterOption[];
}

/**
 * What each filter pill offers: the values the rows have, plus any value the URL chose that no row
 * has (so it can still be unchecked). Status and role keep ARM's order; offers sort by name.
 */
export function filterOptions(
  rows: readonly ListRow[],
  chosen: Pick<ListView, 'status' | 'role' | 'offer'>,
  labels: RowLabels,
  collator: Intl.Collator,
): FilterOptions {
  const states = new Set<string>(chosen.status);
  const roles = new Set<string>(chosen.role);
  const offers = new Map<string, string>(chosen.offer.map((id) => [id, id]));
  for (const row of rows) {
    states.add(row.state);
    if (row.role) roles.add(row.role);
    if (row.offerId) offers.set(row.offerId, row.offerName ?? row.offerId);
  }
  return {
    status: SUBSCRIPTION_STATES.filter((state) => states.has(state)).map((state) => ({
      value: state,
      label: labels.status(state),
    })),
    role: ROLE_DEFINITION_NAMES.filter((role) => roles.has(role)).map((role) => ({
      value: role,
      label: labels.role(role),
    })),
    offer: [...offers]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label) || a.value.localeCompare(b.value, 'en')),
  };
}
