import type { Queryable } from '../store/db';
import { fullEntity, rowToEntity } from './entity';
import { directoryObjectSpecs, type DirectoryObjectType } from './entities';
import { loadByIds, uuidArray } from './query';

export type DirectoryObjectRef = { id: string; type: DirectoryObjectType };

/** Which table each id lives in; ids that do not exist are absent from the map. */
export async function objectTypes(db: Queryable, ids: string[]): Promise<Map<string, DirectoryObjectType>> {
  const map = new Map<string, DirectoryObjectType>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return map;
  const result = await db.query<{ id: string; object_type: DirectoryObjectType }>(
    'select id, object_type from directory_objects where id = any($1::uuid[])',
    [uuidArray(unique)],
  );
  for (const row of result.rows) map.set(row.id, row.object_type);
  return map;
}

/**
 * Loads directory objects of mixed types with their `@odata.type`: one query per type, never one per row.
 * `full` returns every property (an expanded principal), otherwise the type's default set or `select`.
 */
export async function loadDirectoryObjects(
  db: Queryable,
  ids: string[],
  options: { full?: boolean; select?: string[] | null } = {},
): Promise<Map<string, Record<string, unknown>>> {
  const types = await objectTypes(db, ids);
  const byType = new Map<DirectoryObjectType, string[]>();
  for (const [id, type] of types) byType.set(type, [...(byType.get(type) ?? []), id]);
  const result = new Map<string, Record<string, unknown>>();
  for (const [type, typeIds] of byType) {
    const spec = directoryObjectSpecs[type];
    const rows = await loadByIds(db, spec, typeIds);
    for (const [id, row] of rows) {
      const select = options.select ? options.select.filter((name) => spec.properties.some((p) => p.name === name)) : null;
      const body = options.full ? fullEntity(spec, row) : rowToEntity(spec, row, select);
      result.set(id, { '@odata.type': `#${spec.typeName}`, ...body });
    }
  }
  return result;
}

/** Every property name any directory object type has: what `$select` may name on a mixed collection. */
export function directoryObjectPropertyNames(): string[] {
  return [...new Set(Object.values(directoryObjectSpecs).flatMap((spec) => spec.properties.map((p) => p.name)))];
}
