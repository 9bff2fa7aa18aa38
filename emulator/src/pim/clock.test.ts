import { describe, expect, it } from 'vitest';
import { DETERMINISTIC_EPOCH } from '../new-objects';
import { createPimClock } from './clock';

describe('the PIM clock', () => {
  it('stands still at the deterministic epoch until moved, and reset goes back to it', async () => {
    const clock = createPimClock(true);
    expect(clock.now().getTime()).toBe(DETERMINISTIC_EPOCH);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now().getTime()).toBe(DETERMINISTIC_EPOCH);
    clock.advance(6 * 60_000);
    expect(clock.now().getTime()).toBe(DETERMINISTIC_EPOCH + 6 * 60_000);
    clock.set(new Date('2030-01-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    clock.reset();
    expect(clock.offsetMs).toBe(0);
    expect(clock.now().getTime()).toBe(DETERMINISTIC_EPOCH);
  });

  it('follows real time plus the offset otherwise', () => {
    const clock = createPimClock(false);
    clock.advance(86_400_000);
    expect(Math.abs(clock.now().getTime() - (Date.now() + 86_400_000))).toBeLessThan(1000);
  });
});
