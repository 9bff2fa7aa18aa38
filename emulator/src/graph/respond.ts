import type { Context } from 'hono';

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
  return c.json(body, 200);
}

export function entity(
  c: Context,
  contextPath: string,
  value: Record<string, unknown>,
  options: { select?: string[] | null; expand?: string[]; status?: 200 | 201 } = {},
) {
  return c.json({ '@odata.context': contextUrl(c, contextPath, { ...options, entity: true }), ...value }, options.status ?? 200);
}
