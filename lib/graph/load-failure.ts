// Why a blade could not be read, in words an admin can act on. Only failures of Graph that pass (throttling,
// timeouts, outages) are described: the blade then shows them with Retry and Graph's request id. Anything else
// (a bug, an unexpected answer) goes on to the error boundary as before.
import { GraphError, GraphResponseError } from './errors';

export type LoadFailure = {
  kind: 'throttled' | 'timeout' | 'unavailable' | 'unexpected';
  message: string;
  requestId?: string;
  retryAfterSeconds?: number;
};

export function describeLoadFailure(error: unknown): LoadFailure | null {
  if (error instanceof GraphResponseError) {
    return { kind: 'unexpected', message: 'Microsoft Graph sent an answer the portal did not expect, so this blade could not be shown.', requestId: error.requestId };
  }
  if (!(error instanceof GraphError)) return null;
  const requestId = error.requestId;
  if (error.status === 429) {
    const wait = error.retryAfterSeconds === undefined ? 'a minute' : `${error.retryAfterSeconds} seconds`;
    return {
      kind: 'throttled',
      message: `Microsoft Graph is throttling requests, and it still was after the portal's retries. Wait ${wait}, then select Retry.`,
      requestId,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error.code === 'Timeout') return { kind: 'timeout', message: 'Microsoft Graph did not answer in time. Select Retry in a moment.', requestId };
  if (error.status === 0) return { kind: 'unavailable', message: 'Microsoft Graph could not be reached. Select Retry in a moment.', requestId };
  if (error.status >= 500) return { kind: 'unavailable', message: `Microsoft Graph failed (HTTP ${error.status}). Select Retry in a moment.`, requestId };
  return null;
}
