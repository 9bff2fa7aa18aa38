import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from './count';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12217, '12,217'],
    [1234567, '1,234,567'],
  ])('writes %i as %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});

describe('countOf', () => {
  it.each([
    [0, '0 members'],
    [1, '1 member'],
    [2, '2 members'],
    [12217, '12,217 members'],
  ])('writes %i members as %s', (value, text) => {
    expect(countOf(value, 'member', 'members')).toBe(text);
  });
});
