import { describe, expect, it } from 'vitest';
import { activationHourChoices, defaultActivationHours, timeLeftText } from './time-left';

const now = Date.parse('2026-12-03T10:00:00Z');

describe('timeLeftText', () => {
  it('says hours and minutes left, rounding down', () => {
    expect(timeLeftText('2026-12-03T17:59:30Z', now)).toBe('7 h 59 min left');
    expect(timeLeftText('2026-12-03T18:00:00Z', now)).toBe('8 h left');
    expect(timeLeftText('2026-12-03T10:45:00Z', now)).toBe('45 min left');
    expect(timeLeftText('2026-12-03T10:00:20Z', now)).toBe('less than a minute left');
  });
  it('says ended once past, and nothing for a permanent one', () => {
    expect(timeLeftText('2026-12-03T09:59:00Z', now)).toBe('ended');
    expect(timeLeftText(null, now)).toBeNull();
    expect(timeLeftText('not a date', now)).toBeNull();
  });
});

describe('activation hours', () => {
  it('offers 1 up to the maximum and proposes the maximum capped at 8', () => {
    expect(activationHourChoices(3)).toEqual([1, 2, 3]);
    expect(activationHourChoices(0.5)).toEqual([1]);
    expect(defaultActivationHours(24)).toBe(8);
    expect(defaultActivationHours(4)).toBe(4);
  });
});
