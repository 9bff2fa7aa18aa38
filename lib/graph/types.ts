import type { z } from 'zod';
import type { GraphError } from './errors';
import type { RetryOptions } from './retry';

// The shapes of the Graph client and its options: what callers of lib/graph name. No code, so every module of
// the client (transport, paging, batch) can import them without importing each other.

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
