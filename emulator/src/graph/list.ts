import type { Context } from 'hono';
import type { Params, Queryable } from '../store/db';
import type { GraphEnv } from './context';
import { rowToEntity, type EntitySpec } from './entity';
import { badRequest, notFound } from './errors';
import { collection, entity, rawCount } from './respond';
import { countRows, nextLink, queryPage, readQuery, validateSelect, type CollectionQuery } from './query';

type ListOptions = {
  where?: (params: Params) => string[];
  expandable?: string[];
  /**
   * Directory-object collections count only in advanced queries (`ConsistencyLevel: eventual`): without the header
   * Graph silently ignores `?$count=true` (https://learn.microsoft.com/graph/aad-advanced-queries#error-handling).
   */
  countNeedsConsistencyLevel?: boolean;
  /** Turns rows into response objects (e.g. to $expand); default: the selected properties. */
  map?: (rows: Record<string, unknown>[], query: CollectionQuery, select: string[] | null) => Promise<Record<string, unknown>[]>;
  /** Extra names allowed in $select besides the entity's properties (navigation properties). */
  selectExtra?: string[];
  /** Page size without $top; Graph returns some small collections (the role catalog) whole. */
  pageSize?: number;
};

/** One page of a collection with Graph's envelope: @odata.context, @odata.count, @odata.nextLink, value. */
export async function listCollection(c: Context<GraphEnv>, db: Queryable, spec: EntitySpec, contextPath: string, options: ListOptions = {}) {
  const read = readQuery(c, { expandable: options.expandable, typeName: spec.typeName });
  const query = options.countNeedsConsistencyLevel && !read.consistencyLevelEventual ? { ...read, count: false } : read;
  const select = validateSelect(spec, query.select, options.selectExtra);
  const page = await queryPage(db, spec, query, { where: options.where, pageSize: options.pageSize });
  const value = options.map ? await options.map(page.rows, query, select) : page.rows.map((row) => rowToEntity(spec, row, select));
  return collection(c, contextPath, value, {
    select,
    expand: query.expand,
    count: page.count,
    nextLink: page.nextSkipToken ? nextLink(c, page.nextSkipToken) : null,
  });
}

/** One object by key with `$select` (and `$expand` via `map`); 404 in Graph's words when absent. */
export async function getOne(
  c: Context<GraphEnv>,
  db: Queryable,
  spec: EntitySpec,
  contextPath: string,
  where: (params: Params) => string[],
  displayId: string,
  options: Pick<ListOptions, 'expandable' | 'map' | 'selectExtra'> = {},
) {
  const query = readQuery(c, { expandable: options.expandable, typeName: spec.typeName });
  const select = validateSelect(spec, query.select, options.selectExtra);
  const page = await queryPage(db, spec, { ...query, filter: null, search: null, skipToken: null, top: 1, count: false, orderBy: null }, { where });
  const row = page.rows[0];
  if (!row) throw notFound(displayId);
  const [value] = options.map ? await options.map([row], query, select) : [rowToEntity(spec, row, select)];
  return entity(c, contextPath, value ?? {}, { select, expand: query.expand });
}

/**
 * `GET /{collection}/$count`: the number of objects `$filter` / `$search` match, as text/plain. On directory objects
 * it is an advanced query: without `ConsistencyLevel: eventual` Graph answers 400 "$count is not currently
 * supported." (https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects).
 */
export async function countCollection(c: Context<GraphEnv>, db: Queryable, spec: EntitySpec, options: Pick<ListOptions, 'where'> = {}) {
  const query = readQuery(c, { typeName: spec.typeName });
  if (!query.consistencyLevelEventual) throw badRequest('$count is not currently supported.');
  return rawCount(c, await countRows(db, spec, query, { where: options.where }));
}
