import { DETERMINISTIC_EPOCH } from '../new-objects';

/**
 * The time PIM schedules are judged by: the real clock plus an offset a test or trainer sets through
 * PUT /_emulator/clock, so an activation can expire without waiting eight hours. In deterministic mode it starts
 * at DETERMINISTIC_EPOCH and stands still until set, so screenshots show the same start and end times every run.
 */
export type PimClock = {
  now(): Date;
  readonly offsetMs: number;
  /** Jumps to an instant (backwards too: what already expired stays gone). */
  set(instant: Date): void;
  advance(ms: number): void;
  /** Back to the start: real time, or the deterministic epoch. Called whenever the tenant is seeded again. */
  reset(): void;
};

export function createPimClock(deterministic: boolean): PimClock {
  const base = () => (deterministic ? DETERMINISTIC_EPOCH : Date.now());
  let offsetMs = 0;
  return {
    now: () => new Date(base() + offsetMs),
    get offsetMs() {
      return offsetMs;
    },
    set(instant) {
      offsetMs = instant.getTime() - base();
    },
    advance(ms) {
      offsetMs += ms;
    },
    reset() {
      offsetMs = 0;
    },
  };
}
