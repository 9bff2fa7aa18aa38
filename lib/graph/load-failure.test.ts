import { describe, expect, it } from 'vitest';
import { GraphError, GraphResponseError } from './errors';
import { describeLoadFailure } from './load-failure';

describe('why a blade could not be read', () => {
  it('says plainly that Graph is throttling, how long to wait, and keeps the request id', () => {
    expect(describeLoadFailure(new GraphError({ status: 429, code: 'TooManyRequests', retryAfterSeconds: 7, requestId: 'r-429' }))).toEqual({
      kind: 'throttled',
      message: "Microsoft Graph is throttling requests, and it still was after the portal's retries. Wait 7 seconds, then select Retry.",
      requestId: 'r-429',
      retryAfterSeconds: 7,
    });
  });

  it('tells a timeout, an unreachable Graph and a 5xx apart', () => {
    expect(describeLoadFailure(new GraphError({ status: 0, code: 'Timeout' }))?.kind).toBe('timeout');
    expect(describeLoadFailure(new GraphError({ status: 0, code: 'NetworkError' }))?.kind).toBe('unavailable');
    expect(describeLoadFailure(new GraphError({ status: 503, code: 'ServiceUnavailable', requestId: 'r' }))).toMatchObject({ kind: 'unavailable', requestId: 'r' });
    expect(describeLoadFailure(new GraphResponseError('bad', 'r2'))).toMatchObject({ kind: 'unexpected', requestId: 'r2' });
  });

  it('leaves other failures to the error boundary', () => {
    expect(describeLoadFailure(new GraphError({ status: 403, code: 'Authorization_RequestDenied' }))).toBeNull();
    expect(describeLoadFailure(new TypeError('bug'))).toBeNull();
  });

  it('never claims that nothing was changed: a load failure knows nothing about changes', () => {
    for (const status of [0, 429, 500, 503]) {
      expect(describeLoadFailure(new GraphError({ status, code: 'x' }))?.message).not.toMatch(/nothing was changed/i);
    }
  });
});
