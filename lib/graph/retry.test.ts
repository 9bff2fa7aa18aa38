import { describe, expect, it } from 'vitest';
import { backoffDelayMs, decideRetry, defaultRetryOptions, parseRetryAfterMs } from './retry';

const now = Date.parse('2026-01-01T00:00:00Z');

describe('Retry-After', () => {
  it.each([
    ['1', 1000],
    ['0', 0],
    ['2.5', 2500],
    [' 30 ', 30_000],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads %j as %j ms', (header, expected) => {
    expect(parseRetryAfterMs(header, now)).toBe(expected);
  });
});

describe('backoff', () => {
  it('doubles from the base and adds at most one base of jitter', () => {
    expect([0, 1, 2].map((retry) => backoffDelayMs(retry, 1000, 0))).toEqual([1000, 2000, 4000]);
    expect([0, 1, 2].map((retry) => backoffDelayMs(retry, 1000, 0.999))).toEqual([1999, 2999, 4999]);
  });

  it('stays within the 30 s budget for all three default retries, worst case', () => {
    const worst = [0, 1, 2].reduce((sum, retry) => sum + backoffDelayMs(retry, defaultRetryOptions.baseDelayMs, 0.999), 0);
    expect(worst).toBeLessThan(defaultRetryOptions.budgetMs);
  });
});

describe('decideRetry', () => {
  const base = { retryable: true, retry: 0, elapsedMs: 0, retryAfterMs: undefined, options: defaultRetryOptions, random: 0 };

  it('waits exactly Retry-After when Graph gives one', () => {
    expect(decideRetry({ ...base, retryAfterMs: 1000 })).toEqual({ retry: true, delayMs: 1000 });
  });

  it('backs off when Graph gives no Retry-After', () => {
    expect(decideRetry({ ...base, retry: 2, random: 0.5 })).toEqual({ retry: true, delayMs: 4500 });
  });

  it('stops after three retries', () => {
    expect(decideRetry({ ...base, retry: 3, retryAfterMs: 0 })).toEqual({ retry: false, reason: 'attempts' });
  });

  it('stops at once when Retry-After would overrun the budget', () => {
    expect(decideRetry({ ...base, elapsedMs: 1000, retryAfterMs: 29_001 })).toEqual({ retry: false, reason: 'budget' });
    expect(decideRetry({ ...base, elapsedMs: 1000, retryAfterMs: 29_000 })).toEqual({ retry: true, delayMs: 29_000 });
  });

  it('never retries what is not retryable', () => {
    expect(decideRetry({ ...base, retryable: false })).toEqual({ retry: false, reason: 'not-retryable' });
  });
});
