import type { Context } from 'hono';
import type { Params, Queryable } from '../store/db';
import type { GraphEnv } from './context';
import { rowToEntity, type EntitySpec } from './entity';
import { badRequest, notFound } from './errors';
import { collection, entity } from './respond';
import { nextLink, queryPage, readQuery, validateSelect, type CollectionQuery } from './query';

type ListOptions = {
  where?: (params: Params) => string[];
  expandable?: string[];
  /** Directory-object collections need `ConsistencyLevel: eventual` for $count, like Graph's advanced queries. */
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
  const query = readQuery(c, { expandable: options.expandable, typeName: spec.typeName });
  const select = validateSelect(spec, query.select, options.selectExtra);
  if (query.count && options.countNeedsConsistencyLevel && !query.consistencyLevelEventual) {
    throw badRequest('$count is not currently supported.');
  }
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
