import { describe, expect, it } from 'vitest';
import { durationHours, durationMs, formatDuration, hoursDuration } from './iso-duration';

describe('ISO 8601 durations', () => {
  it('reads PIM’s durations and refuses what is not one', () => {
    expect(durationHours('PT8H')).toBe(8);
    expect(durationHours('PT1H45M')).toBe(1.75);
    expect(durationMs('P1DT12H')).toBe(36 * 3_600_000);
    expect(durationMs('P365D')).toBe(365 * 86_400_000);
    expect(durationMs('8 hours')).toBeNull();
    expect(durationMs('P')).toBeNull();
    expect(durationMs('PT')).toBeNull();
  });

  it('writes hours back, and words for people', () => {
    expect(hoursDuration(8)).toBe('PT8H');
    expect(hoursDuration(1.5)).toBe('PT1H30M');
    expect(hoursDuration(0.5)).toBe('PT30M');
    expect(formatDuration('PT8H')).toBe('8 hours');
    expect(formatDuration('PT1H30M')).toBe('1 hour 30 minutes');
    expect(formatDuration('P180D')).toBe('180 days');
    expect(formatDuration('nonsense')).toBe('nonsense');
  });
});
