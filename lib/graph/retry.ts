// Retry arithmetic, kept pure so it can be tested without a clock.
// Graph guidance: on 429 wait Retry-After and retry; otherwise back off exponentially (concepts/throttling.md).

export type RetryOptions = {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Total time one call (paging excluded: each page has its own) may spend, waits included. */
  budgetMs: number;
  /** First backoff step when Graph gives no Retry-After. */
  baseDelayMs: number;
};

// The SDK's base is 3 s; we start at 1 s because a person is waiting on a blade, and the budget bounds the rest.
export const defaultRetryOptions: RetryOptions = { maxRetries: 3, budgetMs: 30_000, baseDelayMs: 1_000 };

export const retryableStatuses: ReadonlySet<number> = new Set([429, 503, 504]);

/** Retry-After as delay seconds (`"1"`, `"2.5"`) or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterMs(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Exponential backoff with jitter: base·2^retry plus up to one base of random delay. */
export function backoffDelayMs(retry: number, baseDelayMs: number, random: number): number {
  return baseDelayMs * 2 ** retry + Math.floor(random * baseDelayMs);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: 'not-retryable' | 'attempts' | 'budget' };

/**
 * Whether to try again after attempt number `retry` (0 for the first try) failed.
 * `retryAfterMs` is what Graph asked for; if that wait would overrun the budget we stop at once instead of
 * sleeping and failing later.
 */
export function decideRetry(input: {
  retryable: boolean;
  retry: number;
  elapsedMs: number;
  retryAfterMs: number | undefined;
  options: RetryOptions;
  random: number;
}): RetryDecision {
  if (!input.retryable) return { retry: false, reason: 'not-retryable' };
  if (input.retry >= input.options.maxRetries) return { retry: false, reason: 'attempts' };
  const delayMs = input.retryAfterMs ?? backoffDelayMs(input.retry, input.options.baseDelayMs, input.random);
  if (input.elapsedMs + delayMs > input.options.budgetMs) return { retry: false, reason: 'budget' };
  return { retry: true, delayMs };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
