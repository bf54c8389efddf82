import { resourceKindOf, type ResourceKind as ArmResourceKind } from '@/contract/resources';

export type SearchGroup = 'services' | 'subscriptions' | 'resources';
export type ResourceKind = ArmResourceKind | 'other';

export interface SearchEntry {
  group: SearchGroup;
  /** Unique across all entries; the result list's React key. */
  key: string;
  label: string;
  /** A second line: the subscription ID, or what kind of resource it is. */
  detail: string;
  to: string;
  /** Lower-cased once, so every keystroke only runs `includes`. */
  haystack: string;
}

export function makeEntry(entry: Omit<SearchEntry, 'haystack'>, alsoMatch = ''): SearchEntry {
  return { ...entry, haystack: `${entry.label}\n${alsoMatch}`.toLowerCase() };
}

export function resourceKind(type: string): ResourceKind {
  return resourceKindOf(type) ?? 'other';
}

const GROUP_ORDER: readonly SearchGroup[] = ['services', 'subscriptions', 'resources'];

/**
 * The entries matching `query` (name or ID, anywhere, any case), grouped services → subscriptions →
 * resources, names that start with the query first, at most `perGroup` of each. An empty query
 * lists the services, as the portal suggests them before you type.
 */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
  perGroup: number,
): SearchEntry[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return entries.filter((entry) => entry.group === 'services').slice(0, perGroup);
  const results: SearchEntry[] = [];
  for (const group of GROUP_ORDER) {
    const starts: SearchEntry[] = [];
    const contains: SearchEntry[] = [];
    for (const entry of entries) {
      if (entry.group !== group) continue;
      if (entry.haystack.startsWith(needle)) starts.push(entry);
      else if (entry.haystack.includes(needle)) contains.push(entry);
      if (starts.length >= perGroup) break;
    }
    results.push(...[...starts, ...contains].slice(0, perGroup));
  }
  return results;
}

export interface ResultGroup {
  group: SearchGroup;
  /** Each entry with its place in the flat result list, which the keyboard moves through. */
  items: { entry: SearchEntry; index: number }[];
}

/** Consecutive results of one group together, in the order `searchEntries` returned them. */
export function groupResults(results: readonly SearchEntry[]): ResultGroup[] {
  const groups: ResultGroup[] = [];
  results.forEach((entry, index) => {
    const last = groups[groups.length - 1];
    if (last && last.group === entry.group) last.items.push({ entry, index });
    else groups.push({ group: entry.group, items: [{ entry, index }] });
  });
  return groups;
}
