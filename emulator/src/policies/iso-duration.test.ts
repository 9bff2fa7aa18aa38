import { describe, expect, it } from 'vitest';
import { addIsoDuration, isoDurationMs, parseIsoDuration } from './iso-duration';

const hour = 3600_000;

describe('ISO 8601 durations', () => {
  it.each([
    ['PT8H', 8 * hour],
    ['PT1H45M', 1.75 * hour],
    ['PT30M', 0.5 * hour],
    ['P365D', 365 * 24 * hour],
    ['P1W', 7 * 24 * hour],
    ['P1DT12H', 36 * hour],
    ['PT90S', 90_000],
  ])('reads %s', (text, ms) => {
    const parsed = parseIsoDuration(text);
    expect(parsed).not.toBeNull();
    expect(isoDurationMs(parsed!)).toBe(ms);
  });

  it.each(['', 'P', 'PT', 'P1DT', '8H', 'PT-1H', 'PT1.5H', 'P180', 'PT8H ', ' PT8H', 'pt8h', 'abc', 'P1H'])('refuses %j', (text) => {
    expect(parseIsoDuration(text)).toBeNull();
  });

  it('adds months and years on the calendar', () => {
    const start = new Date('2025-01-31T10:00:00Z');
    expect(addIsoDuration(start, parseIsoDuration('P1Y')!).toISOString()).toBe('2026-01-31T10:00:00.000Z');
    expect(addIsoDuration(new Date('2025-03-15T00:00:00Z'), parseIsoDuration('P2M')!).toISOString()).toBe('2025-05-15T00:00:00.000Z');
    expect(addIsoDuration(start, parseIsoDuration('PT8H')!).toISOString()).toBe('2025-01-31T18:00:00.000Z');
  });
});
