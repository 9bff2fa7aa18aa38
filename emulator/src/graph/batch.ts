import type { Hono } from 'hono';
import type { BatchShared, GraphApp, GraphEnv } from './context';
import { badRequest, errorBody, GraphError } from './errors';
import { readJsonBody } from './body';
import { decodeOrKeep } from './decode';
import { graphJson, graphJsonContentType } from './respond';

export const maxBatchRequests = 20;
/** Internal header marking a request dispatched from a $batch (value: the batch's request-id). */
export const batchHeader = 'x-emulator-batch-id';

type BatchRequest = { id: string; method: string; url: string; headers: Record<string, string>; body: unknown; dependsOn: string[] };
type BatchResponse = { id: string; status: number; headers: Record<string, string>; body?: unknown };

const methods = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

function parseRequests(body: Record<string, unknown>): BatchRequest[] {
  const requests = body.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw badRequest('Invalid batch payload format.', 'BadRequest');
  if (requests.length > maxBatchRequests) {
    throw badRequest(`Number of requests in the batch exceeds the limit of ${maxBatchRequests}.`, 'BadRequest');
  }
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'number' ? String(r.id) : r.id;
    if (typeof id !== 'string' || !id) throw badRequest('Every request in a batch needs an id.', 'BadRequest');
    if (seen.has(id)) throw badRequest(`Request id '${id}' is not unique in the batch.`, 'BadRequest');
    seen.add(id);
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!methods.has(method)) throw badRequest(`Invalid method '${String(r.method)}' in batch request '${id}'.`, 'BadRequest');
    if (typeof r.url !== 'string' || !r.url) throw badRequest(`Batch request '${id}' has no url.`, 'BadRequest');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((r.headers ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
    }
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    return { id, method, url: r.url, headers, body: r.body, dependsOn };
  });
  for (const request of parsed) {
    for (const dependency of request.dependsOn) {
      if (!seen.has(dependency) || dependency === request.id) {
        throw badRequest(`Request '${request.id}' depends on '${dependency}', which is not in the batch.`, 'BadRequest');
      }
    }
  }
  return parsed;
}

const nestedBatch = () => badRequest('A batch request cannot contain another batch.', 'BadRequest');
const invalidInnerUrl = (url: string) => badRequest(`Invalid request URI '${url.slice(0, 200)}': it must name a Microsoft Graph v1.0 resource.`, 'BadRequest');
/** The base inner URLs are resolved against; only its path and query are ever used. */
const resolutionBase = 'http://graph.invalid';
/** The one origin besides the batch's own that an absolute inner URL may name. */
const graphOrigin = 'https://graph.microsoft.com';

/**
 * `/users/{id}`, `users/{id}` or `https://graph.microsoft.com/v1.0/users/{id}` → `/v1.0/users/{id}?…`: resolved the
 * way the router will read it (dot segments, `%2e`), so that what is checked is what runs. Anything that lands
 * outside /v1.0 (the control endpoints, sign-in) or names $batch in any spelling is refused.
 */
export function innerPath(url: string, batchOrigin?: string): string {
  // A URL parser drops tabs and newlines and reads '\' as '/' (`..\_emulator`): no such text is a Graph URL.
  if (/[\u0000-\u001f\u007f\\]/.test(url)) throw invalidInnerUrl(url);
  const absolute = /^https?:\/\/[^/?#]*/i.exec(url);
  // Inner requests run on the batch's own service: an absolute URL naming another host is none of its requests.
  if (absolute && batchOrigin !== undefined && ![graphOrigin, batchOrigin.toLowerCase()].includes(absolute[0].toLowerCase())) throw invalidInnerUrl(url);
  // An absolute URL names its version: https://graph.microsoft.com/v1.0/…, never another service's path.
  if (absolute && !/^\/v1\.0(?=[/?#]|$)/i.test(url.slice(absolute[0].length))) throw invalidInnerUrl(url);
  const relative = url.slice(absolute?.[0].length ?? 0).replace(/^\/?v1\.0(?=[/?#]|$)/i, '');
  let resolved: URL;
  try {
    resolved = new URL(`/v1.0${relative.startsWith('/') ? '' : '/'}${relative}`, resolutionBase);
  } catch {
    throw invalidInnerUrl(url);
  }
  if (resolved.origin !== resolutionBase || !/^\/v1\.0(\/|$)/.test(resolved.pathname)) throw invalidInnerUrl(url);
  const segments = resolved.pathname.split('/').slice(2).map(decodeOrKeep);
  if (segments.some((s) => s.toLowerCase() === '$batch')) throw nestedBatch();
  return resolved.pathname + resolved.search;
}

/** Headers a caller may not set on an inner request: the batch's own credentials and the emulator's internal ones. */
const reservedInnerHeader = /^(authorization|host|content-length|x-emulator-)/i;

/**
 * POST /v1.0/$batch: up to 20 requests, each dispatched through the same app (so each is authorized, faulted and
 * logged on its own), honouring dependsOn; a request whose dependency failed answers 424.
 */
export function registerBatchRoutes(app: GraphApp, getApp: () => Hono<GraphEnv>): void {
  app.post('/v1.0/$batch', async (c) => {
    // Whatever spelling of $batch got an inner request here, a batch inside a batch is refused (one level only).
    if (c.env?.batch) throw nestedBatch();
    // Graph reads a batch only as JSON: `text/plain` (a fetch with a string body and no header) is refused.
    if (!isJsonMediaType(c.req.header('Content-Type'))) throw unreadablePayload();
    const requests = parseRequests(await readJsonBody(c));
    const origin = new URL(c.req.url).origin;
    const authorization = c.req.header('Authorization');
    const batchId = c.get('requestId');
    const results = new Map<string, BatchResponse>();
    const shared: BatchShared = {};
    const pending = [...requests];
    while (pending.length > 0) {
      const ready = pending.filter((r) => r.dependsOn.every((d) => results.has(d)));
      if (ready.length === 0) {
        // A dependency cycle: nothing can run.
        for (const r of pending) results.set(r.id, failedDependency(r.id, batchId));
        break;
      }
      for (const r of ready) pending.splice(pending.indexOf(r), 1);
      const responses = await Promise.all(
        ready.map(async (request) => {
          if (request.dependsOn.some((d) => (results.get(d)?.status ?? 500) >= 400)) return failedDependency(request.id, batchId);
          return dispatch(getApp(), origin, request, authorization, batchId, shared);
        }),
      );
      for (const response of responses) results.set(response.id, response);
    }
    return graphJson(c, { responses: requests.map((r) => results.get(r.id)) });
  });
}

const unreadablePayload = () =>
  badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');

function isJsonMediaType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Graph's spelling of the response headers it puts in a batch item; others (request-id, x-ms-…) stay lower-case. */
const headerSpellings = new Map(
  ['Content-Type', 'Location', 'Retry-After', 'OData-Version', 'Cache-Control', 'WWW-Authenticate', 'ETag', 'Preference-Applied'].map((name) => [
    name.toLowerCase(),
    name,
  ]),
);

/** An inner response's headers as Graph writes them in the batch body (`Content-Type`, not `content-type`). */
export function batchItemHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'content-length') result[headerSpellings.get(name) ?? name] = value;
  });
  return result;
}

const jsonItemHeaders = { 'Content-Type': graphJsonContentType };

function failedDependency(id: string, batchId: string): BatchResponse {
  return {
    id,
    status: 424,
    headers: jsonItemHeaders,
    body: errorBody('FailedDependency', 'The request depends on a request in the batch that failed.', batchId, undefined),
  };
}

async function dispatch(
  app: Hono<GraphEnv>,
  origin: string,
  request: BatchRequest,
  authorization: string | undefined,
  batchId: string,
  shared: BatchShared,
): Promise<BatchResponse> {
  let path: string;
  try {
    path = innerPath(request.url, origin);
  } catch (error) {
    const code = error instanceof GraphError ? error.code : 'BadRequest';
    return { id: request.id, status: 400, headers: jsonItemHeaders, body: errorBody(code, (error as Error).message, batchId, undefined) };
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (!reservedInnerHeader.test(name)) headers.set(name, value);
  }
  if (authorization) headers.set('authorization', authorization);
  headers.set(batchHeader, batchId);
  let body: string | undefined;
  if (request.body !== undefined && request.method !== 'GET' && request.method !== 'DELETE') {
    try {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    } catch {
      // Nested deeper than JSON.stringify can recurse: no handler could read it either.
      const message = 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';
      return { id: request.id, status: 400, headers: jsonItemHeaders, body: errorBody('BadRequest', message, batchId, undefined) };
    }
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const response = await app.request(`${origin}${path}`, { method: request.method, headers, body }, { batch: shared });
  const responseHeaders = batchItemHeaders(response.headers);
  const text = await response.text();
  // OData's JSON batch format: a JSON body as JSON, a text one (a raw /$count) as a string.
  let responseBody: unknown;
  if (text) {
    try {
      responseBody = isJsonMediaType(response.headers.get('content-type') ?? undefined) ? JSON.parse(text) : text;
    } catch {
      responseBody = text;
    }
  }
  return { id: request.id, status: response.status, headers: responseHeaders, ...(responseBody === undefined ? {} : { body: responseBody }) };
}
