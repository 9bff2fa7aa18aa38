/** How one Graph entity type maps onto SQL: properties, their types, default $select, order and search. */
export type PropertyType = 'string' | 'guid' | 'boolean' | 'datetime' | 'stringCollection' | 'json' | 'number';

export type PropertySpec = {
  name: string;
  /** SQL expression over the entity's table alias. */
  sql: string;
  type: PropertyType;
  /** May appear in $filter (type decides the operators). */
  filterable?: boolean;
  /** String comparisons ignore case, as Graph's directory does. Default true. */
  caseSensitive?: boolean;
};

export type OrderKey = { sql: string; cast: 'text' | 'uuid' | 'int' | 'timestamptz'; descending?: boolean };

export type EntitySpec = {
  /** e.g. `microsoft.graph.user`: used in error texts and `@odata.type`. */
  typeName: string;
  /** Human name in Graph's "… of resource 'User'" texts. */
  resourceName: string;
  /** `from` clause, e.g. `users u`. */
  from: string;
  /** Unique key expression; the last order key. */
  key: OrderKey;
  properties: PropertySpec[];
  /** Properties returned without $select; undefined = all. */
  defaultSelect?: string[];
  /** Order keys used without $orderby (key appended). */
  defaultOrder: OrderKey[];
  /** Property name → order key for `$orderby`. */
  orderable: Record<string, OrderKey>;
  /** Properties `$search` accepts. */
  searchable: string[];
};

export function propertyOf(spec: EntitySpec, name: string): PropertySpec | undefined {
  return spec.properties.find((p) => p.name === name) ?? spec.properties.find((p) => p.name.toLowerCase() === name.toLowerCase());
}

/** Graph writes whole-second instants without fractions (`2024-03-01T09:00:00Z`). */
export function formatDateTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString().replace('.000Z', 'Z');
}

/** Turns a SQL row (columns aliased by property name) into the Graph JSON object, in property order. */
export function rowToEntity(spec: EntitySpec, row: Record<string, unknown>, selected: string[] | null): Record<string, unknown> {
  const names = selected ?? spec.defaultSelect ?? spec.properties.map((p) => p.name);
  const entity: Record<string, unknown> = {};
  for (const name of names) {
    const property = propertyOf(spec, name);
    if (!property) continue;
    const value = row[property.name];
    entity[property.name] = property.type === 'datetime' ? formatDateTime(value) : (value ?? null);
  }
  return entity;
}

/** All of an entity's properties, as Graph returns them for an expanded directoryObject. */
export function fullEntity(spec: EntitySpec, row: Record<string, unknown>): Record<string, unknown> {
  return rowToEntity(spec, row, spec.properties.map((p) => p.name));
}

export function selectList(spec: EntitySpec): string {
  return spec.properties.map((p) => `${p.sql} as "${p.name}"`).join(', ');
}
