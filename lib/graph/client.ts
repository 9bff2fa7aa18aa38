import type { z } from 'zod';
import { GraphError, GraphPagingLimitError, GraphResponseError } from './errors';
import { chunk } from './odata';
import { decideRetry, defaultRetryOptions, parseRetryAfterMs, retryableStatuses, sleep, type RetryOptions } from './retry';
import { batchResponseSchema, collectionPageSchema, graphErrorBodySchema } from './schemas';

// The one module that speaks HTTP to Microsoft Graph. No global state and no caching: a client lives for one
// server request (React cache() wraps reads elsewhere). Nothing here imports next/* or React.

export type GraphLogEntry = {
  method: string;
  /** Path and query option names only: values can hold search text or skip tokens. */
  path: string;
  /** HTTP status, or 0 for a network failure or timeout. */
  status: number;
  durationMs: number;
  requestId: string | undefined;
  clientRequestId: string;
  attempt: number;
};

export type GraphLogger = (entry: GraphLogEntry) => void;

export const consoleGraphLogger: GraphLogger = (entry) => {
  console.info(
    `graph ${entry.method} ${entry.path} ${entry.status || 'failed'} ${entry.durationMs}ms` +
      ` request-id=${entry.requestId ?? '-'} client-request-id=${entry.clientRequestId}` +
      (entry.attempt > 0 ? ` retry=${entry.attempt}` : ''),
  );
};

export type GraphClientOptions = {
  /** e.g. `https://graph.microsoft.com/v1.0` or the emulator's `http://localhost:4000/v1.0`. */
  baseUrl: string;
  accessToken: string;
  fetchImpl?: typeof fetch;
  logger?: GraphLogger;
  retry?: Partial<RetryOptions>;
  /** Per HTTP request, body included. */
  timeoutMs?: number;
  /** Safety net for paging; a list that still has a next page after this many throws. */
  maxPages?: number;
};

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * How a failed request may be repeated. `safe`: reads, retried on 429/503/504 and network errors.
 * `idempotent`: deletes, retried on 429/503/504. `throttled-only`: creates, retried only on 429 (Graph refused
 * before doing anything); after a 5xx or timeout the outcome is unknown and the caller must re-read.
 */
export type RetryMode = 'safe' | 'idempotent' | 'throttled-only';

export type RequestOptions = {
  headers?: Record<string, string>;
  /** `ConsistencyLevel: eventual` for $search, $count and advanced filters; re-sent on every page. */
  eventual?: boolean;
  signal?: AbortSignal;
};

export type ListOptions = RequestOptions & {
  maxPages?: number;
  /** Stop once this many items are collected (a deliberate limit such as "latest 50", not a safety net). */
  maxItems?: number;
};

export type ListResult<T> = { items: T[]; count: number | undefined };

export type BatchRequest = {
  method: Method;
  /** Relative to the version root, starting with "/", query included. */
  url: string;
  body?: unknown;
  eventual?: boolean;
};

export type BatchItemResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; status: number; error: GraphError };

export type GraphClient = {
  readonly baseUrl: string;
  get<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  /** Like get, but a 404 is null. */
  find<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.infer<S> | null>;
  list<S extends z.ZodType>(path: string, itemSchema: S, options?: ListOptions): Promise<ListResult<z.infer<S>>>;
  /** Continues a list from a batch item's (or any) `@odata.nextLink`. */
  listFrom<S extends z.ZodType>(
    firstPage: unknown,
    itemSchema: S,
    options?: ListOptions & { path?: string },
  ): Promise<ListResult<z.infer<S>>>;
  post<S extends z.ZodType>(path: string, body: unknown, schema: S, options?: RequestOptions & { retry?: RetryMode }): Promise<z.infer<S>>;
  /** For writes that answer 204 (members/$ref). */
  postNoContent(path: string, body: unknown, options?: RequestOptions): Promise<void>;
  delete(path: string, options?: RequestOptions): Promise<void>;
  /**
   * Sends requests through `$batch`, 20 per batch, several batches at a time, retrying throttled items; one result
   * per request, in order.
   */
  batch(requests: readonly BatchRequest[], options?: BatchOptions): Promise<BatchItemResult[]>;
};

export type BatchOptions = {
  signal?: AbortSignal;
  /** How many `$batch` calls may be in flight at once; by default 16 when every item is a read, 4 otherwise. */
  concurrency?: number;
};

const batchLimit = 20;
// Reads in parallel keep a view at one round trip however many batches it needs (a count per role, say); writes
// go a few batches at a time, so that a throttled tenant slows one wave down rather than failing twenty at once.
const readConcurrency = 16;
const writeConcurrency = 4;

/** Runs `work` over `items`, at most `limit` at a time. */
async function inWaves<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}

type RawResponse = { status: number; headers: Headers; body: unknown; requestId: string | undefined; clientRequestId: string };

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  const fetchImpl = options.fetchImpl ?? fetch;
  const log = options.logger ?? consoleGraphLogger;
  const retry: RetryOptions = { ...defaultRetryOptions, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const defaultMaxPages = options.maxPages ?? 100;

  function absolute(pathOrUrl: string): string {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      // A nextLink is followed verbatim, but only to Graph's own origin: it carries the admin's token.
      if (new URL(pathOrUrl).origin !== origin) throw new GraphResponseError(`Refusing to follow a link to ${new URL(pathOrUrl).origin}: it would carry the token`);
      return pathOrUrl;
    }
    return `${baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  /** One logical call: attempts, waits and the retry budget. Returns any response it did not retry. */
  async function send(
    method: Method,
    pathOrUrl: string,
    init: { body?: unknown; mode: RetryMode; headers?: Record<string, string>; eventual?: boolean; signal?: AbortSignal },
  ): Promise<RawResponse> {
    const url = absolute(pathOrUrl);
    const logPath = loggablePath(url, baseUrl);
    const startedAt = Date.now();
    for (let attempt = 0; ; attempt++) {
      const clientRequestId = crypto.randomUUID();
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...init.headers,
        Authorization: `Bearer ${options.accessToken}`,
        'client-request-id': clientRequestId,
        'return-client-request-id': 'true',
      };
      if (init.eventual) headers.ConsistencyLevel = 'eventual';
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      const t0 = Date.now();
      let status = 0;
      let requestId: string | undefined;
      let result: RawResponse | GraphError;
      try {
        const response = await fetchImpl(url, {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal,
          redirect: 'error',
        });
        status = response.status;
        requestId = response.headers.get('request-id') ?? undefined;
        const body = await readBody(response);
        result = response.ok
          ? { status, headers: response.headers, body, requestId, clientRequestId }
          : errorFromResponse(status, response.headers, body, { method, path: logPath, clientRequestId, requestId });
      } catch (error) {
        if (init.signal?.aborted) throw error; // the caller gave up; not Graph's failure
        status = 0; // a status without a readable body is still no answer
        const timedOut = timeout.aborted;
        result = new GraphError({
          status: 0,
          code: timedOut ? 'Timeout' : 'NetworkError',
          graphMessage: timedOut ? `No response within ${timeoutMs} ms` : String(error),
          method,
          path: logPath,
          clientRequestId,
        });
      }
      log({ method, path: logPath, status, durationMs: Date.now() - t0, requestId, clientRequestId, attempt });
      if (!(result instanceof GraphError)) return result;

      const decision = decideRetry({
        retryable: isRetryable(result.status, init.mode),
        retry: attempt,
        elapsedMs: Date.now() - startedAt,
        retryAfterMs: result.retryAfterMs,
        options: retry,
        random: Math.random(),
      });
      if (!decision.retry) throw result;
      await sleep(decision.delayMs);
    }
  }

  function parse<S extends z.ZodType>(schema: S, raw: RawResponse, what: string): z.infer<S> {
    const parsed = schema.safeParse(raw.body);
    if (parsed.success) return parsed.data;
    throw new GraphResponseError(`Unexpected ${what}: ${summarizeIssues(parsed.error)}`, raw.requestId);
  }

  async function collect<S extends z.ZodType>(
    first: { body: unknown; requestId?: string },
    itemSchema: S,
    path: string,
    options: ListOptions,
  ): Promise<ListResult<z.infer<S>>> {
    const maxPages = options.maxPages ?? defaultMaxPages;
    const items: z.infer<S>[] = [];
    let count: number | undefined;
    let body = first.body;
    let requestId = first.requestId;
    for (let page = 1; ; page++) {
      const parsedPage = collectionPageSchema.safeParse(body);
      if (!parsedPage.success) throw new GraphResponseError(`Unexpected page of ${path}: ${summarizeIssues(parsedPage.error)}`, requestId);
      if (page === 1) count = parsedPage.data['@odata.count'];
      for (const value of parsedPage.data.value) {
        const item = itemSchema.safeParse(value);
        if (!item.success) throw new GraphResponseError(`Unexpected item in ${path}: ${summarizeIssues(item.error)}`, requestId);
        items.push(item.data);
      }
      if (options.maxItems !== undefined && items.length >= options.maxItems) return { items: items.slice(0, options.maxItems), count };
      const next = parsedPage.data['@odata.nextLink'];
      if (!next) return { items, count };
      if (page >= maxPages) throw new GraphPagingLimitError(path, maxPages);
      const raw = await send('GET', next, { mode: 'safe', headers: options.headers, eventual: options.eventual, signal: options.signal });
      body = raw.body;
      requestId = raw.requestId;
    }
  }

  async function batch(requests: readonly BatchRequest[], batchOptions: BatchOptions = {}): Promise<BatchItemResult[]> {
    const results = new Array<BatchItemResult | undefined>(requests.length);
    const startedAt = Date.now();
    const concurrency = batchOptions.concurrency ?? (requests.every((request) => request.method === 'GET') ? readConcurrency : writeConcurrency);
    let pending = requests.map((_, index) => index);
    for (let round = 0; pending.length > 0; round++) {
      const retryLater: Array<{ index: number; error: GraphError }> = [];
      await inWaves(chunk(pending, batchLimit), concurrency, async (group) => {
        // Each item carries its own client-request-id, so Graph's logs (and ours) can tell the items apart.
        const itemRequestIds = group.map(() => crypto.randomUUID());
        let raw: RawResponse;
        try {
          raw = await send('POST', '/$batch', {
            body: {
              requests: group.map((index, position) =>
                toBatchBody(requests[index] as BatchRequest, String(position + 1), itemRequestIds[position] as string),
              ),
            },
            // Re-sending a whole batch after a 5xx is only safe when every item is a read or a delete.
            mode: group.every((index) => requests[index]?.method === 'GET')
              ? 'safe'
              : group.every((index) => ['GET', 'DELETE'].includes(requests[index]?.method ?? ''))
                ? 'idempotent'
                : 'throttled-only',
            signal: batchOptions.signal,
          });
        } catch (error) {
          // The whole batch failed (after its own retries): every item in it gets that error, and the other
          // batches still report what they did, so a caller can say exactly which writes landed.
          if (!(error instanceof GraphError)) throw error;
          for (const index of group) results[index] = { ok: false, status: error.status, error };
          return;
        }
        const parsed = parse(batchResponseSchema, raw, '$batch response');
        const byId = new Map(parsed.responses.map((response) => [response.id, response]));
        group.forEach((index, position) => {
          const request = requests[index] as BatchRequest;
          const item = byId.get(String(position + 1));
          const path = loggablePath(absolute(request.url), baseUrl);
          if (!item) {
            results[index] = {
              ok: false,
              status: 0,
              error: new GraphError({ status: 0, code: 'MissingBatchResponse', method: request.method, path, clientRequestId: itemRequestIds[position], requestId: raw.requestId }),
            };
            return;
          }
          if (item.status >= 200 && item.status < 300) {
            results[index] = { ok: true, status: item.status, body: item.body };
            return;
          }
          const headers = new Headers(item.headers ?? {});
          const error = errorFromResponse(item.status, headers, item.body, {
            method: request.method,
            path,
            clientRequestId: itemRequestIds[position] ?? raw.clientRequestId,
            requestId: headers.get('request-id') ?? raw.requestId,
          });
          results[index] = { ok: false, status: item.status, error };
          if (isRetryable(item.status, modeFor(request.method))) retryLater.push({ index, error });
        });
      });
      if (retryLater.length === 0) break;
      // Each item is throttled on its own; wait for the longest Retry-After among them, then send only those.
      const asked = retryLater.map(({ error }) => error.retryAfterMs).filter((ms): ms is number => ms !== undefined);
      const decision = decideRetry({
        retryable: true,
        retry: round,
        elapsedMs: Date.now() - startedAt,
        retryAfterMs: asked.length > 0 ? Math.max(...asked) : undefined,
        options: retry,
        random: Math.random(),
      });
      if (!decision.retry) break;
      await sleep(decision.delayMs);
      pending = retryLater.map(({ index }) => index);
    }
    return results as BatchItemResult[];
  }

  return {
    baseUrl,
    async get(path, schema, requestOptions = {}) {
      const raw = await send('GET', path, { mode: 'safe', ...requestOptions });
      return parse(schema, raw, `response to GET ${loggablePath(absolute(path), baseUrl)}`);
    },
    async find(path, schema, requestOptions = {}) {
      try {
        const raw = await send('GET', path, { mode: 'safe', ...requestOptions });
        return parse(schema, raw, `response to GET ${loggablePath(absolute(path), baseUrl)}`);
      } catch (error) {
        if (error instanceof GraphError && error.status === 404) return null;
        throw error;
      }
    },
    async list(path, itemSchema, listOptions = {}) {
      const raw = await send('GET', path, { mode: 'safe', ...listOptions });
      return collect({ body: raw.body, requestId: raw.requestId }, itemSchema, loggablePath(absolute(path), baseUrl), listOptions);
    },
    async listFrom(firstPage, itemSchema, listOptions = {}) {
      return collect({ body: firstPage }, itemSchema, listOptions.path ?? 'batched list', listOptions);
    },
    async post(path, body, schema, { retry: mode = 'throttled-only', ...requestOptions } = {}) {
      const raw = await send('POST', path, { body, mode, ...requestOptions });
      return parse(schema, raw, `response to POST ${loggablePath(absolute(path), baseUrl)}`);
    },
    async postNoContent(path, body, requestOptions = {}) {
      await send('POST', path, { body, mode: 'throttled-only', ...requestOptions });
    },
    async delete(path, requestOptions = {}) {
      await send('DELETE', path, { mode: 'idempotent', ...requestOptions });
    },
    batch,
  };
}

function modeFor(method: Method): RetryMode {
  return method === 'GET' ? 'safe' : method === 'DELETE' ? 'idempotent' : 'throttled-only';
}

function isRetryable(status: number, mode: RetryMode): boolean {
  if (status === 429) return true;
  if (mode === 'throttled-only') return false;
  if (retryableStatuses.has(status)) return true;
  return status === 0 && mode === 'safe';
}

function toBatchBody(request: BatchRequest, id: string, clientRequestId: string) {
  const headers: Record<string, string> = { 'client-request-id': clientRequestId };
  if (request.eventual) headers.ConsistencyLevel = 'eventual';
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    id,
    method: request.method,
    url: request.url,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  context: { method: string; path: string; clientRequestId: string; requestId: string | undefined },
): GraphError {
  const parsed = graphErrorBodySchema.safeParse(body);
  const retryAfterMs = parseRetryAfterMs(headers.get('retry-after'), Date.now());
  return new GraphError({
    status,
    code: parsed.success ? parsed.data.error.code : status === 424 ? 'FailedDependency' : `Http${status}`,
    graphMessage: parsed.success ? parsed.data.error.message : undefined,
    requestId: context.requestId ?? (parsed.success ? parsed.data.error.innerError?.['request-id'] : undefined),
    clientRequestId: context.clientRequestId,
    retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    retryAfterMs,
    method: context.method,
    path: context.path,
  });
}

/** `/users?$search&$top`: the path under the version root and the names of the query options, never values. */
export function loggablePath(url: string, baseUrl: string): string {
  const parsed = new URL(url);
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const path = parsed.pathname.startsWith(basePath) ? parsed.pathname.slice(basePath.length) || '/' : parsed.pathname;
  const keys = [...new Set(parsed.searchParams.keys())];
  return keys.length > 0 ? `${path}?${keys.join('&')}` : path;
}

function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
