import type { z } from 'zod';
import { GraphError, GraphResponseError } from './errors';
import { decideRetry, defaultRetryOptions, parseRetryAfterMs, retryableStatuses, sleep, type RetryOptions } from './retry';
import { graphErrorBodySchema } from './schemas';
import type { GraphClientOptions, GraphLogger, Method, RetryMode } from './types';

// The one place that speaks HTTP to Microsoft Graph: headers, the token, timeouts, retries and Graph's errors.
// No global state and no caching: a transport lives for one server request. Nothing here imports next/* or React.

export const consoleGraphLogger: GraphLogger = (entry) => {
  console.info(
    `graph ${entry.method} ${entry.path} ${entry.status || 'failed'} ${entry.durationMs}ms` +
      ` request-id=${entry.requestId ?? '-'} client-request-id=${entry.clientRequestId}` +
      (entry.attempt > 0 ? ` retry=${entry.attempt}` : ''),
  );
};

export type RawResponse = { status: number; headers: Headers; body: unknown; requestId: string | undefined; clientRequestId: string };

type Attempt = { outcome: RawResponse | GraphError; status: number; requestId: string | undefined; clientRequestId: string };

export type SendInit = { body?: unknown; mode: RetryMode; headers?: Record<string, string>; eventual?: boolean; signal?: AbortSignal };

export type Transport = {
  readonly baseUrl: string;
  readonly retry: RetryOptions;
  /** One logical call: attempts, waits and the retry budget. Returns any response it did not retry; throws GraphError. */
  send(method: Method, pathOrUrl: string, init: SendInit): Promise<RawResponse>;
  /** A response body checked against `schema`; a mismatch throws GraphResponseError naming `what`. */
  parse<S extends z.ZodType>(schema: S, raw: RawResponse, what: string): z.infer<S>;
  /** The loggable form (path and query option names) of a path or absolute URL. */
  loggable(pathOrUrl: string): string;
};

export function createTransport(options: GraphClientOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  const fetchImpl = options.fetchImpl ?? fetch;
  const log = options.logger ?? consoleGraphLogger;
  const retry: RetryOptions = { ...defaultRetryOptions, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;

  function absolute(pathOrUrl: string): string {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      // A nextLink is followed verbatim, but only to Graph's own origin: it carries the admin's token.
      if (new URL(pathOrUrl).origin !== origin) throw new GraphResponseError(`Refusing to follow a link to ${new URL(pathOrUrl).origin}: it would carry the token`);
      return pathOrUrl;
    }
    return `${baseUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
  }

  const loggable = (pathOrUrl: string) => loggablePath(absolute(pathOrUrl), baseUrl);

  /** One HTTP request. What is logged comes from the response itself (its status and request-id header). */
  async function attempt(method: Method, url: string, logPath: string, init: SendInit): Promise<Attempt> {
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
    try {
      const response = await fetchImpl(url, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
        redirect: 'error',
      });
      const { status } = response;
      const requestId = response.headers.get('request-id') ?? undefined;
      const body = await readBody(response);
      const outcome = response.ok
        ? { status, headers: response.headers, body, requestId, clientRequestId }
        : errorFromResponse(status, response.headers, body, { method, path: logPath, clientRequestId, requestId });
      return { outcome, status, requestId, clientRequestId };
    } catch (error) {
      if (init.signal?.aborted) throw error; // the caller gave up; not Graph's failure
      // A status without a readable body is still no answer.
      const timedOut = timeout.aborted;
      const outcome = new GraphError({
        status: 0,
        code: timedOut ? 'Timeout' : 'NetworkError',
        graphMessage: timedOut ? `No response within ${timeoutMs} ms` : String(error),
        method,
        path: logPath,
        clientRequestId,
      });
      return { outcome, status: 0, requestId: undefined, clientRequestId };
    }
  }

  async function send(method: Method, pathOrUrl: string, init: SendInit): Promise<RawResponse> {
    const url = absolute(pathOrUrl);
    const logPath = loggablePath(url, baseUrl);
    const startedAt = Date.now();
    for (let retries = 0; ; retries++) {
      const t0 = Date.now();
      const { outcome: result, status, requestId, clientRequestId } = await attempt(method, url, logPath, init);
      log({ method, path: logPath, status, durationMs: Date.now() - t0, requestId, clientRequestId, attempt: retries });
      if (!(result instanceof GraphError)) return result;

      const decision = decideRetry({
        retryable: isRetryable(result.status, init.mode),
        retry: retries,
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

  return { baseUrl, retry, send, parse, loggable };
}

/** The retry mode a single request of this method gets: reads are safe, deletes idempotent, the rest not. */
export function modeFor(method: Method): RetryMode {
  return method === 'GET' ? 'safe' : method === 'DELETE' ? 'idempotent' : 'throttled-only';
}

export function isRetryable(status: number, mode: RetryMode): boolean {
  if (status === 429) return true;
  if (mode === 'throttled-only') return false;
  if (retryableStatuses.has(status)) return true;
  return status === 0 && mode === 'safe';
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

/** Graph's error body and Retry-After as a GraphError; used for whole responses and for `$batch` items. */
export function errorFromResponse(
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

export function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
