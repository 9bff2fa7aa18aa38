import type { Context } from 'hono';
import { Params, type Queryable } from '../store/db';
import { isGuid } from '../seed/ids';
import { badRequest, invalidObjectId, unknownProperty } from './errors';
import { propertyOf, selectList, type EntitySpec, type OrderKey, type PropertySpec } from './entity';
import { parseFilter, type FilterExpression, type Literal } from './odata-filter';

export const defaultPageSize = 100;
export const maxPageSize = 999;

/** The OData system query options of one request, validated. */
export type CollectionQuery = {
  filter: FilterExpression | null;
  filterText: string | null;
  select: string[] | null;
  expand: string[];
  top: number | null;
  skipToken: unknown[] | null;
  count: boolean;
  orderBy: { property: string; descending: boolean } | null;
  search: SearchClause[] | null;
  consistencyLevelEventual: boolean;
};

export type SearchClause = { property: string; term: string; joiner: 'AND' | 'OR' | null };

function param(c: Context, name: string): string | undefined {
  const url = new URL(c.req.url);
  return url.searchParams.get(name) ?? url.searchParams.get(name.replace('$', '')) ?? undefined;
}

/** Reads $filter/$select/$expand/$top/$skiptoken/$count/$orderby/$search; 400 for malformed values. */
export function readQuery(c: Context, options: { expandable?: string[]; typeName?: string } = {}): CollectionQuery {
  if (param(c, '$skip') !== undefined) throw badRequest("'$skip' is not supported by the service.");
  const filterText = param(c, '$filter') ?? null;
  const selectText = param(c, '$select');
  const expandText = param(c, '$expand');
  const topText = param(c, '$top');
  const countText = param(c, '$count');
  const orderText = param(c, '$orderby');
  const searchText = param(c, '$search');
  const tokenText = param(c, '$skiptoken');
  const consistencyLevelEventual = (c.req.header('ConsistencyLevel') ?? '').toLowerCase() === 'eventual';

  let top: number | null = null;
  if (topText !== undefined) {
    const value = Number(topText);
    if (!/^\d+$/.test(topText) || value < 1 || value > maxPageSize) {
      throw badRequest(`Invalid page size specified: '${topText}'. Must be between 1 and ${maxPageSize} inclusive.`);
    }
    top = value;
  }
  let count = false;
  if (countText !== undefined) {
    if (countText !== 'true' && countText !== 'false') throw badRequest(`Invalid value '${countText}' for $count.`, 'BadRequest');
    count = countText === 'true';
  }
  // Nested options (`principal($select=id,displayName)`) may hold commas: split only outside parentheses.
  const expand = expandText ? splitOutsideParentheses(expandText).map((e) => e.replace(/\(.*\)$/s, '').trim()) : [];
  for (const name of expand) {
    const known = options.expandable?.find((x) => x.toLowerCase() === name.toLowerCase());
    if (!known) throw unknownProperty(name, options.typeName ?? 'microsoft.graph.directoryObject');
  }
  let orderBy: CollectionQuery['orderBy'] = null;
  if (orderText !== undefined) {
    const match = /^\s*([A-Za-z/]+)(\s+(asc|desc))?\s*$/i.exec(orderText);
    if (!match) throw badRequest(`Invalid $orderby clause '${orderText}'.`, 'BadRequest');
    orderBy = { property: match[1] as string, descending: (match[3] ?? '').toLowerCase() === 'desc' };
  }
  let search: SearchClause[] | null = null;
  if (searchText !== undefined) {
    if (!consistencyLevelEventual) {
      throw badRequest("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", 'Request_UnsupportedQuery');
    }
    search = parseSearch(searchText);
  }
  return {
    filter: filterText === null ? null : parseFilter(filterText),
    filterText,
    select: selectText ? splitList(selectText) : null,
    expand: expand.map((e) => options.expandable?.find((x) => x.toLowerCase() === e.toLowerCase()) ?? e),
    top,
    skipToken: tokenText === undefined ? null : decodeSkipToken(tokenText),
    count,
    orderBy,
    search,
    consistencyLevelEventual,
  };
}

function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((s) => s.trim()).filter(Boolean);
}

/** `"displayName:foo" OR "mail:bar"`: quoted property:term clauses joined by AND/OR, as Graph's directory search. */
function parseSearch(text: string): SearchClause[] {
  const clauses: SearchClause[] = [];
  const pattern = /\s*(?:(AND|OR)\s+)?"([^":]+):([^"]*)"\s*/gy;
  let joinerExpected = false;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = pattern.exec(text)) !== null) {
    const joiner = (match[1] as 'AND' | 'OR' | undefined) ?? null;
    if (joinerExpected !== (joiner !== null)) break;
    clauses.push({ property: (match[2] as string).trim(), term: match[3] as string, joiner });
    joinerExpected = true;
    consumed = pattern.lastIndex;
  }
  if (clauses.length === 0 || consumed !== text.length) {
    throw badRequest(`Syntax error: the $search value '${text}' is not valid. Use "property:term" clauses joined by AND or OR.`, 'Request_UnsupportedQuery');
  }
  return clauses;
}

export function encodeSkipToken(values: unknown[]): string {
  return Buffer.from(JSON.stringify(['v1', ...values])).toString('base64url');
}

function decodeSkipToken(token: string): unknown[] {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === 'v1') return parsed.slice(1);
  } catch {
    // fall through
  }
  throw badRequest(`Invalid $skiptoken value '${token}'.`, 'BadRequest');
}

/** Validates `$select` names against the entity; unknown names are Graph's 400. */
export function validateSelect(spec: EntitySpec, select: string[] | null, extraAllowed: string[] = []): string[] | null {
  if (!select) return null;
  if (select.includes('*')) return spec.properties.map((p) => p.name);
  return select.map((name) => {
    const property = propertyOf(spec, name);
    if (property) return property.name;
    const extra = extraAllowed.find((x) => x.toLowerCase() === name.toLowerCase());
    if (extra) return extra;
    throw unknownProperty(name, spec.typeName);
  });
}

const unsupportedFilter = (property: string, spec: EntitySpec) =>
  badRequest(`Unsupported or invalid query filter clause specified for property '${property}' of resource '${spec.resourceName}'.`, 'Request_UnsupportedQuery');

/** Compiles a parsed $filter into a SQL condition over the entity's alias; values go into `params`. */
export function compileFilter(expression: FilterExpression, spec: EntitySpec, params: Params): string {
  const property = (name: string): PropertySpec => {
    const found = propertyOf(spec, name);
    if (!found) throw unknownProperty(name, spec.typeName);
    if (!found.filterable) throw unsupportedFilter(found.name, spec);
    return found;
  };
  const compile = (e: FilterExpression): string => {
    switch (e.kind) {
      case 'and':
      case 'or':
        return `(${compile(e.left)} ${e.kind} ${compile(e.right)})`;
      case 'not':
        return `(not coalesce(${compile(e.operand)}, false))`;
      case 'compare':
        return compareSql(property(e.property), e.operator, e.value, spec, params);
      case 'in': {
        const p = property(e.property);
        if (p.type === 'stringCollection' || p.type === 'json') throw unsupportedFilter(p.name, spec);
        if (e.values.length === 0) return 'false';
        return `(${e.values.map((v) => compareSql(p, 'eq', v, spec, params)).join(' or ')})`;
      }
      case 'function': {
        const p = property(e.property);
        if (p.type !== 'string' || e.value.type !== 'string') throw unsupportedFilter(p.name, spec);
        const pattern = e.name === 'startswith' ? `${escapeLike(e.value.value)}%` : `%${escapeLike(e.value.value)}`;
        return p.caseSensitive ? `(${p.sql} like ${params.add(pattern)})` : `(lower(${p.sql}) like lower(${params.add(pattern)}))`;
      }
      case 'any': {
        const p = property(e.property);
        if (p.type !== 'stringCollection') throw unsupportedFilter(p.name, spec);
        const predicate = e.predicate;
        const isVariableEq = (x: FilterExpression) => x.kind === 'compare' && x.operator === 'eq' && x.property === e.variable && x.value.type === 'string';
        const values: string[] = [];
        const collect = (x: FilterExpression): boolean => {
          if (isVariableEq(x) && x.kind === 'compare' && x.value.type === 'string') {
            values.push(x.value.value);
            return true;
          }
          if (x.kind === 'or') return collect(x.left) && collect(x.right);
          if (x.kind === 'in' && x.property === e.variable && x.values.every((v) => v.type === 'string')) {
            for (const v of x.values) if (v.type === 'string') values.push(v.value);
            return true;
          }
          return false;
        };
        if (!collect(predicate)) throw unsupportedFilter(p.name, spec);
        return `(${values.map((v) => `exists (select 1 from jsonb_array_elements_text(${p.sql}) x where lower(x) = lower(${params.add(v)}))`).join(' or ')})`;
      }
    }
  };
  return compile(expression);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function compareSql(p: PropertySpec, operator: string, value: Literal, spec: EntitySpec, params: Params): string {
  const sqlOperator = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[operator] as string;
  if (value.type === 'null') {
    if (operator === 'eq') return `(${p.sql} is null)`;
    if (operator === 'ne') return `(${p.sql} is not null)`;
    throw unsupportedFilter(p.name, spec);
  }
  const equality = operator === 'eq' || operator === 'ne';
  const wrapNe = (condition: string) => (operator === 'ne' ? `(${p.sql} is null or ${condition})` : condition);
  switch (p.type) {
    case 'string': {
      if (value.type !== 'string') throw unsupportedFilter(p.name, spec);
      if (!equality && !['ge', 'le', 'gt', 'lt'].includes(operator)) throw unsupportedFilter(p.name, spec);
      return wrapNe(p.caseSensitive ? `(${p.sql} ${sqlOperator} ${params.add(value.value)})` : `(lower(${p.sql}) ${sqlOperator} lower(${params.add(value.value)}))`);
    }
    case 'guid': {
      const text = value.type === 'string' || value.type === 'guid' ? value.value : null;
      if (text === null || !equality) throw unsupportedFilter(p.name, spec);
      if (!isGuid(text)) throw invalidObjectId(text);
      return wrapNe(`(${p.sql} ${sqlOperator} ${params.add(text.toLowerCase())}::uuid)`);
    }
    case 'boolean':
      if (value.type !== 'boolean' || !equality) throw unsupportedFilter(p.name, spec);
      return wrapNe(`(${p.sql} ${sqlOperator} ${params.add(value.value)})`);
    case 'datetime': {
      const text = value.type === 'datetime' || value.type === 'string' ? value.value : null;
      if (text === null || Number.isNaN(Date.parse(text))) throw unsupportedFilter(p.name, spec);
      return wrapNe(`(${p.sql} ${sqlOperator} ${params.add(new Date(text).toISOString())}::timestamptz)`);
    }
    case 'number':
      if (value.type !== 'number') throw unsupportedFilter(p.name, spec);
      return wrapNe(`(${p.sql} ${sqlOperator} ${params.add(value.value)})`);
    default:
      throw unsupportedFilter(p.name, spec);
  }
}

/** `$search` clauses as SQL: a term matches at the start of any word of the property, case-insensitively. */
export function compileSearch(clauses: SearchClause[], spec: EntitySpec, params: Params): string {
  let sql = '';
  for (const clause of clauses) {
    const property = spec.searchable.find((s) => s.toLowerCase() === clause.property.toLowerCase());
    if (!property) throw badRequest(`Invalid search property '${clause.property}'.`, 'Request_UnsupportedQuery');
    const column = (propertyOf(spec, property) as PropertySpec).sql;
    const term = clause.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const condition = `(coalesce(${column}, '') ~* ${params.add(`(^|[^[:alnum:]])${term}`)})`;
    sql = clause.joiner ? `(${sql} ${clause.joiner.toLowerCase()} ${condition})` : condition;
  }
  return sql;
}

export type Page = { rows: Record<string, unknown>[]; nextSkipToken: string | null; count: number | null };

/**
 * Runs one page of a collection query in SQL: filter, search, order, keyset paging (the skiptoken carries the
 * last row's sort keys) and an optional count. `where` adds the route's own conditions (e.g. a group's members).
 */
export async function queryPage(
  db: Queryable,
  spec: EntitySpec,
  query: CollectionQuery,
  options: { where?: (params: Params) => string[]; pageSize?: number } = {},
): Promise<Page> {
  const { params, filterSql } = conditionsSql(spec, query, options.where);
  const order = orderKeys(spec, query);
  const count = query.count ? await countWhere(db, spec, filterSql, params) : null;
  const pageConditions = [filterSql];
  const pageParams = new Params(params.values.length);
  if (query.skipToken) {
    if (!skipTokenFits(query.skipToken, order)) throw badRequest('Invalid $skiptoken value.', 'BadRequest');
    const descending = order[0]?.descending ?? false;
    const left = order.map((k) => k.sql).join(', ');
    const right = order.map((k, i) => `${pageParams.add(query.skipToken?.[i])}::${k.cast}`).join(', ');
    pageConditions.push(`(${left}) ${descending ? '<' : '>'} (${right})`);
  }
  const size = query.top ?? options.pageSize ?? defaultPageSize;
  const orderSql = order.map((k) => `${k.sql} ${k.descending ? 'desc' : 'asc'}`).join(', ');
  const keySelect = order.map((k, i) => `${k.sql} as "__k${i}"`).join(', ');
  const result = await db.query<Record<string, unknown>>(
    `select ${selectList(spec)}, ${keySelect} from ${spec.from} where ${pageConditions.join(' and ')} order by ${orderSql} limit ${size + 1}`,
    [...params.values, ...pageParams.values],
  );
  const rows = result.rows.slice(0, size);
  const last = rows[rows.length - 1];
  const nextSkipToken =
    result.rows.length > size && last ? encodeSkipToken(order.map((_, i) => serializeKey(last[`__k${i}`]))) : null;
  return { rows, nextSkipToken, count };
}

/** The route's own conditions, `$filter` and `$search` as one SQL condition over the entity's alias. */
function conditionsSql(spec: EntitySpec, query: CollectionQuery, where?: (params: Params) => string[]) {
  const params = new Params();
  const conditions = where ? where(params) : [];
  if (query.filter) conditions.push(compileFilter(query.filter, spec, params));
  if (query.search) conditions.push(compileSearch(query.search, spec, params));
  return { params, filterSql: conditions.length ? conditions.join(' and ') : 'true' };
}

async function countWhere(db: Queryable, spec: EntitySpec, filterSql: string, params: Params): Promise<number> {
  const result = await db.query<{ count: number }>(`select count(*)::int as count from ${spec.from} where ${filterSql}`, params.values);
  return result.rows[0]?.count ?? 0;
}

/** How many rows `$filter` and `$search` (and the route's own conditions) match: a raw `/$count`. */
export async function countRows(db: Queryable, spec: EntitySpec, query: CollectionQuery, options: { where?: (params: Params) => string[] } = {}): Promise<number> {
  const { params, filterSql } = conditionsSql(spec, query, options.where);
  return countWhere(db, spec, filterSql, params);
}

/** A skiptoken from another query (or edited by hand) must not reach SQL as a value of the wrong type. */
function skipTokenFits(values: unknown[], order: OrderKey[]): boolean {
  return (
    values.length === order.length &&
    order.every((key, i) => {
      const value = values[i];
      if (key.cast === 'int') return Number.isInteger(value);
      if (key.cast === 'uuid') return typeof value === 'string' && isGuid(value);
      if (key.cast === 'timestamptz') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
      return typeof value === 'string';
    })
  );
}

function serializeKey(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function orderKeys(spec: EntitySpec, query: CollectionQuery): OrderKey[] {
  if (!query.orderBy) return [...spec.defaultOrder, spec.key];
  const entry = Object.entries(spec.orderable).find(([name]) => name.toLowerCase() === query.orderBy?.property.toLowerCase());
  if (!entry) {
    if (!propertyOf(spec, query.orderBy.property)) throw unknownProperty(query.orderBy.property, spec.typeName);
    throw badRequest(`Sorting by '${query.orderBy.property}' is not supported.`, 'Request_UnsupportedQuery');
  }
  const descending = query.orderBy.descending;
  // The key follows the primary key's direction so a row comparison pages correctly.
  return [{ ...entry[1], descending }, { ...spec.key, descending }];
}

/** Loads rows of `spec` whose key is in `ids`: one query (one array parameter), for $expand and mixed collections. */
export async function loadByIds(db: Queryable, spec: EntitySpec, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const map = new Map<string, Record<string, unknown>>();
  if (ids.length === 0) return map;
  const result = await db.query<Record<string, unknown>>(`select ${selectList(spec)} from ${spec.from} where ${spec.key.sql} = any($1::uuid[])`, [
    uuidArray(ids),
  ]);
  for (const row of result.rows) map.set(String(row.id), row);
  return map;
}

/** A PostgreSQL array literal of GUIDs (`{a,b}`): one bound parameter instead of hundreds. */
export function uuidArray(ids: string[]): string {
  return `{${[...new Set(ids)].filter((id) => isGuid(id)).join(',')}}`;
}

/** Absolute nextLink: the request's own URL with `$skiptoken` replaced. */
export function nextLink(c: Context, skipToken: string): string {
  const url = new URL(c.req.url);
  url.searchParams.delete('$skiptoken');
  url.searchParams.set('$skiptoken', skipToken);
  return url.toString().replace(/%24/g, '$');
}

export function requireGuid(id: string): string {
  if (!isGuid(id)) throw invalidObjectId(id);
  return id.toLowerCase();
}
