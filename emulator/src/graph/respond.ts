import type { Context } from 'hono';

/**
 * The media type Graph v1.0 answers JSON with, parameters and all, so a client that reads them (Kiota's
 * parse-node factory, the old SDK's batch reader) sees what Graph sends.
 */
export const graphJsonContentType = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Headers of every successful JSON answer: Graph speaks OData 4.0. */
export const graphJsonHeaders = { 'Content-Type': graphJsonContentType, 'OData-Version': '4.0' } as const;

/** A JSON body with Graph's `Content-Type` and `OData-Version` headers. */
export function graphJson(c: Context, body: unknown, status: 200 | 201 = 200, headers: Record<string, string> = {}) {
  return c.body(JSON.stringify(body), status, { ...graphJsonHeaders, ...headers });
}

/** `@odata.context` as Graph writes it, but on the request's own origin so the link resolves. */
export function contextUrl(c: Context, path: string, options: { select?: string[] | null; expand?: string[]; entity?: boolean } = {}): string {
  const parts = [...(options.select ?? []), ...(options.expand ?? []).map((e) => `${e}()`)];
  const origin = new URL(c.req.url).origin;
  return `${origin}/v1.0/$metadata#${path}${parts.length ? `(${parts.join(',')})` : ''}${options.entity ? '/$entity' : ''}`;
}

export function collection(
  c: Context,
  contextPath: string,
  value: unknown[],
  options: { select?: string[] | null; expand?: string[]; count?: number | null; nextLink?: string | null } = {},
) {
  const body: Record<string, unknown> = { '@odata.context': contextUrl(c, contextPath, options) };
  if (options.count !== undefined && options.count !== null) body['@odata.count'] = options.count;
  if (options.nextLink) body['@odata.nextLink'] = options.nextLink;
  body.value = value;
  return graphJson(c, body);
}

/**
 * The URL of an entity just created by a POST to a collection: the collection's URL (on the request's own
 * origin, so a client can follow it) plus the new id, e.g. `…/v1.0/roleManagement/directory/roleAssignments/{id}`.
 */
export function createdLocation(c: Context, id: string): string {
  const url = new URL(c.req.url);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
}

/** One entity; a 201 carries `Location` with the new entity's URL, as Graph's creates do. */
export function entity(
  c: Context,
  contextPath: string,
  value: Record<string, unknown>,
  options: { select?: string[] | null; expand?: string[]; status?: 200 | 201 } = {},
) {
  const status = options.status ?? 200;
  const body = { '@odata.context': contextUrl(c, contextPath, { ...options, entity: true }), ...value };
  const id = typeof value.id === 'string' ? value.id : null;
  return graphJson(c, body, status, status === 201 && id ? { Location: createdLocation(c, id) } : {});
}

/** `GET …/$count`: the bare number as text/plain, as Graph answers a raw count. */
export function rawCount(c: Context, count: number) {
  return c.body(String(count), 200, { 'Content-Type': 'text/plain;charset=utf-8', 'OData-Version': '4.0' });
}
