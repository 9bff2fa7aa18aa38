// What a write's own answer says about its fate. A 2xx or a 4xx is Graph's word; a 5xx, a timeout or a dropped
// connection is not: the write may have landed (or may still land), so the caller re-reads before it says anything.
import { GraphError } from './errors';

/** Done, not done, or not known: the three things an admin can be told about one item of a change. */
export type WriteFate = 'done' | 'not-done' | 'unknown';

/** True when the write's answer leaves its fate open: re-read before reporting it. */
export function fateIsOpen(error: GraphError): boolean {
  return error.isServerOrNetworkFailure;
}

/**
 * What a re-read that found the object (or found it gone) means for a write whose answer was a failure.
 * `present` is whether the write's intended state holds now (created: found; deleted: gone).
 * A 5xx came back after Graph had finished with the request, so the re-read settles it. A timeout or a dropped
 * connection did not: the request may still be running, so a re-read that sees no change settles nothing.
 */
export function fateAfterReread(error: GraphError, intendedStateHolds: boolean): WriteFate {
  if (intendedStateHolds) return 'done';
  return error.status === 0 ? 'unknown' : 'not-done';
}

/** The error recorded for items of a write whose response could not be read at all. */
export function unreadableWriteError(method: string, path: string): GraphError {
  return new GraphError({ status: 0, code: 'UnreadableResponse', method, path, graphMessage: 'The response to the write could not be read' });
}
