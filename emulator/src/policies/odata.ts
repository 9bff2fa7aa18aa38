import { badRequest, unknownProperty } from '../graph/errors';
import type { FilterExpression, Literal } from '../graph/odata-filter';

/**
 * The OData pieces the role-settings collections need and the directory collections don't: `$expand` with nested
 * options (`policy($expand=rules($select=id);$select=id)`), and `$filter`/`$select` over objects built in memory
 * (policies are defaults from code plus stored changes, not rows of one table).
 */
export type ExpandNode = { name: string; select: string[] | null; expand: ExpandNode[] };

/** Splits on `separator` outside parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw badRequest(`Invalid $expand: unbalanced parentheses in '${text}'.`, 'BadRequest');
  }
  if (depth !== 0) throw badRequest(`Invalid $expand: unbalanced parentheses in '${text}'.`, 'BadRequest');
  parts.push(text.slice(start));
  return parts.map((s) => s.trim()).filter(Boolean);
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Parses `$expand` against what may be expanded below each name (`{ policy: { rules: {} } }`); an unknown name is
 * Graph's "Could not find a property named …" 400 on the type being expanded.
 */
export function parseExpand(text: string | null, allowed: ExpandSchema, typeName: string, depth = 0): ExpandNode[] {
  if (!text) return [];
  if (depth > 3) throw badRequest('The $expand is nested too deeply.', 'BadRequest');
  return splitOutside(text, ',').map((item) => {
    const match = /^([A-Za-z]+)\s*(?:\((.*)\))?$/s.exec(item);
    if (!match) throw badRequest(`Invalid $expand item '${item}'.`, 'BadRequest');
    const name = Object.keys(allowed.children).find((n) => n.toLowerCase() === (match[1] as string).toLowerCase());
    if (!name) throw unknownProperty(match[1] as string, typeName);
    const child = allowed.children[name] as ExpandSchema;
    const node: ExpandNode = { name, select: null, expand: [] };
    for (const option of match[2] === undefined ? [] : splitOutside(match[2], ';')) {
      const eq = option.indexOf('=');
      const key = option.slice(0, eq).trim().toLowerCase().replace(/^\$?/, '$');
      const value = option.slice(eq + 1);
      if (eq < 0) throw badRequest(`Invalid $expand option '${option}'.`, 'BadRequest');
      if (key === '$select') node.select = list(value);
      else if (key === '$expand') node.expand = parseExpand(value, child, child.typeName, depth + 1);
      else throw badRequest(`The query option '${option.slice(0, eq)}' is not supported inside $expand.`, 'BadRequest');
    }
    return node;
  });
}

export type ExpandSchema = { typeName: string; children: Record<string, ExpandSchema> };

/** `@odata.context`'s parenthesised part for a select list and an expand tree: `(id,policy(rules()))`. */
export function contextSuffix(select: string[] | null, expand: ExpandNode[]): string {
  const parts = [...(select ?? []), ...expand.map((node) => `${node.name}(${contextSuffix(node.select, node.expand).slice(1, -1)})`)];
  return parts.length ? `(${parts.join(',')})` : '';
}

/**
 * Keeps the selected properties (plus `@odata.type`, which Graph always writes on derived types, and the expanded
 * navigation properties). Names are checked against `known`; a name outside it is Graph's 400.
 */
export function applySelect(value: Record<string, unknown>, select: string[] | null, known: readonly string[], typeName: string, keep: string[] = []): Record<string, unknown> {
  if (!select) return value;
  const names = select.includes('*') ? [...known] : select.map((name) => {
    const found = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!found) throw unknownProperty(name, typeName);
    return found;
  });
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '@odata.type' || names.includes(key) || keep.includes(key)) out[key] = v;
  }
  return out;
}

/** The `eq` / `in` clauses of an `and` chain, by property (lower-cased); anything else is unsupported. */
export function equalityClauses(filter: FilterExpression | null, filterable: readonly string[], resource: string): Map<string, string[]> {
  const clauses = new Map<string, string[]>();
  const unsupported = (property: string) =>
    badRequest(`Unsupported or invalid query filter clause specified for property '${property}' of resource '${resource}'.`, 'Request_UnsupportedQuery');
  const text = (literal: Literal, property: string) => {
    if (literal.type === 'string' || literal.type === 'guid') return literal.value;
    throw unsupported(property);
  };
  const add = (property: string, values: string[]) => {
    const name = filterable.find((f) => f.toLowerCase() === property.toLowerCase());
    if (!name) throw unsupported(property);
    const key = name.toLowerCase();
    // `a eq 'x' and a eq 'y'` matches nothing: keep the intersection.
    const before = clauses.get(key);
    clauses.set(key, before ? before.filter((v) => values.some((w) => w.toLowerCase() === v.toLowerCase())) : values);
  };
  const walk = (e: FilterExpression) => {
    if (e.kind === 'and') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'compare' && e.operator === 'eq') {
      add(e.property, [text(e.value, e.property)]);
    } else if (e.kind === 'in') {
      add(e.property, e.values.map((v) => text(v, e.property)));
    } else {
      throw unsupported('property' in e ? e.property : 'filter');
    }
  };
  if (filter) walk(filter);
  return clauses;
}
