import { GraphError } from './errors';
import { chunk } from './odata';
import { GRAPH_BATCH_LIMIT } from './request-plans';
import { decideRetry, sleep } from './retry';
import { batchResponseSchema } from './schemas';
import { errorFromResponse, isRetryable, modeFor, type RawResponse, type Transport } from './transport';
import type { BatchItemResult, BatchOptions, BatchRequest, RetryMode } from './types';

// JSON batching: many requests in `POST /$batch` calls of 20, each item with its own result, throttled items
// retried on their own. https://learn.microsoft.com/graph/json-batching

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

/** Re-sending a whole batch after a 5xx is only safe when every item is a read or a delete. */
function batchMode(requests: readonly BatchRequest[]): RetryMode {
  if (requests.every((request) => request.method === 'GET')) return 'safe';
  if (requests.every((request) => request.method === 'GET' || request.method === 'DELETE')) return 'idempotent';
  return 'throttled-only';
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

/** One item's answer inside a `$batch` response (or its absence) as a result. */
function itemResult(
  transport: Transport,
  request: BatchRequest,
  item: { status: number; headers?: Record<string, string>; body?: unknown } | undefined,
  clientRequestId: string,
  raw: RawResponse,
): BatchItemResult {
  const path = transport.loggable(request.url);
  if (!item) {
    const error = new GraphError({ status: 0, code: 'MissingBatchResponse', method: request.method, path, clientRequestId, requestId: raw.requestId });
    return { ok: false, status: 0, error };
  }
  if (item.status >= 200 && item.status < 300) return { ok: true, status: item.status, body: item.body };
  const headers = new Headers(item.headers ?? {});
  const error = errorFromResponse(item.status, headers, item.body, {
    method: request.method,
    path,
    clientRequestId,
    requestId: headers.get('request-id') ?? raw.requestId,
  });
  return { ok: false, status: item.status, error };
}

/** Sends `requests` through `$batch`; one result per request, in order. */
export function createBatch(transport: Transport) {
  return async function batch(requests: readonly BatchRequest[], options: BatchOptions = {}): Promise<BatchItemResult[]> {
    const results = new Array<BatchItemResult | undefined>(requests.length);
    const startedAt = Date.now();
    const concurrency = options.concurrency ?? (requests.every((request) => request.method === 'GET') ? readConcurrency : writeConcurrency);
    let pending = requests.map((_, index) => index);
    for (let round = 0; pending.length > 0; round++) {
      const retryLater: Array<{ index: number; error: GraphError }> = [];
      await inWaves(chunk(pending, GRAPH_BATCH_LIMIT), concurrency, async (group) => {
        const groupRequests = group.map((index) => requests[index] as BatchRequest);
        // Each item carries its own client-request-id, so Graph's logs (and ours) can tell the items apart.
        const itemRequestIds = group.map(() => crypto.randomUUID());
        let raw: RawResponse;
        try {
          raw = await transport.send('POST', '/$batch', {
            body: { requests: groupRequests.map((request, position) => toBatchBody(request, String(position + 1), itemRequestIds[position] as string)) },
            mode: batchMode(groupRequests),
            signal: options.signal,
          });
        } catch (error) {
          // The whole batch failed (after its own retries): every item in it gets that error, and the other
          // batches still report what they did, so a caller can say exactly which writes landed.
          if (!(error instanceof GraphError)) throw error;
          for (const index of group) results[index] = { ok: false, status: error.status, error };
          return;
        }
        const parsed = transport.parse(batchResponseSchema, raw, '$batch response');
        const byId = new Map(parsed.responses.map((response) => [response.id, response]));
        group.forEach((index, position) => {
          const request = groupRequests[position] as BatchRequest;
          const clientRequestId = itemRequestIds[position] ?? raw.clientRequestId;
          const result = itemResult(transport, request, byId.get(String(position + 1)), clientRequestId, raw);
          results[index] = result;
          // A missing answer (status 0) is reported, not re-sent: the item may have run.
          if (!result.ok && result.status !== 0 && isRetryable(result.status, modeFor(request.method))) retryLater.push({ index, error: result.error });
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
        options: transport.retry,
        random: Math.random(),
      });
      if (!decision.retry) break;
      await sleep(decision.delayMs);
      pending = retryLater.map(({ index }) => index);
    }
    return results as BatchItemResult[];
  };
}
