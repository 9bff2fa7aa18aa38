import { randomUUID } from 'node:crypto';
import { idFor } from './seed/ids';

/**
 * Where the ids and timestamps of objects created through the API come from (groups, custom roles, audit
 * records). Normally random GUIDs and the real clock, as in Entra. In deterministic mode (`--deterministic`,
 * `EMULATOR_DETERMINISTIC=1`) the n-th object created since the seed gets a name-based id and the n-th timestamp a
 * fixed instant plus n seconds, so the same requests on the same seed give the same ids and dates: screenshots
 * and recordings of the portal (the training guides) come out byte-identical.
 */
export type NewObjects = {
  readonly deterministic: boolean;
  newId(): string;
  now(): Date;
  /** Counts from the start again: called whenever the tenant is seeded again. */
  restart(): void;
};

/** The instant deterministic mode's clock starts from: after every seed date, a Monday morning (UTC). */
export const DETERMINISTIC_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

export function createNewObjects(deterministic: boolean): NewObjects {
  if (!deterministic) {
    return { deterministic, newId: () => randomUUID(), now: () => new Date(), restart: () => {} };
  }
  let ids = 0;
  let ticks = 0;
  return {
    deterministic,
    newId: () => idFor(`created-through-the-api:${++ids}`),
    // One second per reading keeps records in the order they were made (the audit log sorts by time).
    now: () => new Date(DETERMINISTIC_EPOCH + ++ticks * 1000),
    restart: () => {
      ids = 0;
      ticks = 0;
    },
  };
}
