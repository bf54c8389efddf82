import { EXPAND_PROPERTIES } from '@/contract/resources';
import type { ResourceView } from '@/domain/resources';
import type { ResourceExpansion } from '../views/resource-view';
import { armError } from './arm-response';

// The query of ARM's generic resource lists (`/subscriptions/{id}/resources` and a group's
// `/resources`): `$expand` and the part of `$filter` the Azure CLI and SDKs send
// (`az resource list -g/-n/-l/--resource-type/--tag`). ARM answers 400 InvalidFilterInQueryString
// to a filter it cannot read; so does the mock to one outside that part, rather than list more
// than was asked for.

type Field = 'resourcegroup' | 'name' | 'location' | 'resourcetype' | 'tagname' | 'tagvalue';
const FIELDS: readonly Field[] = [
  'resourcegroup',
  'name',
  'location',
  'resourcetype',
  'tagname',
  'tagvalue',
];

interface Clause {
  field: Field;
  op: 'eq' | 'startswith' | 'substringof';
  value: string;
}

// OData string literal: single quotes, a quote inside doubled.
const LITERAL = "'((?:[^']|'')*)'";
const FIELD = '([A-Za-z]+)';
const CLAUSE_FORMS: readonly { re: RegExp; op: Clause['op']; field: number; value: number }[] = [
  { re: new RegExp(`^${FIELD}\\s+eq\\s+${LITERAL}`, 'i'), op: 'eq', field: 1, value: 2 },
  {
    re: new RegExp(`^startswith\\(\\s*${FIELD}\\s*,\\s*${LITERAL}\\s*\\)`, 'i'),
    op: 'startswith',
    field: 1,
    value: 2,
  },
  {
    re: new RegExp(`^substringof\\(\\s*${LITERAL}\\s*,\\s*${FIELD}\\s*\\)`, 'i'),
    op: 'substringof',
    field: 2,
    value: 1,
  },
];
const AND = /^\s+and\s+/i;

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

/** The clauses of a filter joined by `and`, or undefined when it is outside what the mock reads. */
function parseFilter(filter: string): Clause[] | undefined {
  const clauses: Clause[] = [];
  let rest = filter.trim();
  while (rest !== '') {
    const form = CLAUSE_FORMS.map((f) => ({ f, m: f.re.exec(rest) })).find((x) => x.m !== null);
    if (form?.m == null) return undefined;
    const field = (form.m[form.f.field] ?? '').toLowerCase();
    if (!isField(field)) return undefined;
    clauses.push({
      field,
      op: form.f.op,
      value: (form.m[form.f.value] ?? '').replaceAll("''", "'"),
    });
    rest = rest.slice(form.m[0].length);
    if (rest === '') break;
    const and = AND.exec(rest);
    if (and === null) return undefined;
    rest = rest.slice(and[0].length);
  }
  return clauses;
}

function test(actual: string, clause: Clause): boolean {
  const a = actual.toLowerCase();
  const v = clause.value.toLowerCase();
  if (clause.op === 'eq') return a === v;
  if (clause.op === 'startswith') return a.startsWith(v);
  return a.includes(v);
}

/** ARM's `tagName eq 'x' and tagValue eq 'y'` asks for one tag with that name and that value. */
function matchesTags(tags: Readonly<Record<string, string>>, clauses: readonly Clause[]): boolean {
  const names = clauses.filter((c) => c.field === 'tagname');
  const values = clauses.filter((c) => c.field === 'tagvalue');
  if (names.length === 0 && values.length === 0) return true;
  return Object.entries(tags).some(
    ([name, value]) => names.every((c) => test(name, c)) && values.every((c) => test(value, c)),
  );
}

function matches(view: ResourceView, clauses: readonly Clause[]): boolean {
  const r = view.resource;
  const actual: Record<Exclude<Field, 'tagname' | 'tagvalue'>, string> = {
    resourcegroup: r.resourceGroup,
    name: r.name,
    location: r.location,
    resourcetype: r.type,
  };
  return (
    clauses.every(
      (c) => c.field === 'tagname' || c.field === 'tagvalue' || test(actual[c.field], c),
    ) && matchesTags(r.tags ?? {}, clauses)
  );
}

export interface ResourceListQuery {
  expand: ResourceExpansion;
  keep: (view: ResourceView) => boolean;
}

/** `$expand` and `$filter` of a generic list call, or ARM's 400 for a filter the mock cannot read. */
export function readResourceListQuery(url: URL): ResourceListQuery | Response {
  const expandValues = (url.searchParams.get('$expand') ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase());
  const expand: ResourceExpansion = {
    properties: expandValues.includes(EXPAND_PROPERTIES),
    provisioningState: expandValues.includes('provisioningstate'),
  };
  const filter = url.searchParams.get('$filter');
  if (filter === null || filter.trim() === '') return { expand, keep: () => true };
  const clauses = parseFilter(filter);
  if (clauses === undefined) {
    return armError(
      400,
      'InvalidFilterInQueryString',
      `Invalid $filter '${filter}' specified in the query string. The mock reads clauses joined by 'and': resourceGroup, name, location, resourceType, tagName or tagValue eq '<value>', startswith(<field>, '<value>') and substringof('<value>', <field>).`,
    );
  }
  return { expand, keep: (view) => matches(view, clauses) };
}
