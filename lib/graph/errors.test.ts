import { describe, expect, it } from 'vitest';
import { GraphError, GraphPagingLimitError, InvalidIdError, toUserMessage } from './errors';

const graphError = (status: number, code: string, graphMessage?: string, method = 'POST') =>
  new GraphError({ status, code, graphMessage, method, path: '/roleManagement/directory/roleAssignments', requestId: 'r-1' });

// The sentence table: what an admin reads for each Graph failure. Graph's own text never appears.
describe('toUserMessage', () => {
  it.each([
    [graphError(401, 'InvalidAuthenticationToken', 'Access token has expired.'), 'Your sign-in has expired. Sign in again to continue.'],
    [
      graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
      "You don't have permission to do this. Changing role assignments needs the Privileged Role Administrator or Global Administrator role.",
    ],
    [graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges', 'GET'), "You don't have permission to see this."],
    [
      graphError(404, 'Request_ResourceNotFound', "Resource 'x' does not exist or one of its queried reference-property objects are not present."),
      'This item no longer exists. Refresh the page to see the current state.',
    ],
    [
      graphError(400, 'Request_BadRequest', 'The given built-in role is not supported to be assigned to a single resource scope.'),
      "This role can't be assigned at the selected scope.",
    ],
    [
      graphError(400, 'Request_BadRequest', 'A conflicting object with one or more of the specified property values is present in the directory.'),
      'This assignment already exists.',
    ],
    [
      graphError(400, 'Request_BadRequest', 'Removing self from Global Administrator built-in role is not allowed'),
      "You can't remove your own Global Administrator assignment.",
    ],
    [graphError(400, 'Request_BadRequest', "Invalid filter clause: syntax error at 'or'"), 'Microsoft Graph rejected the request: nothing was changed.'],
    [graphError(424, 'FailedDependency'), 'Microsoft Graph rejected the request: nothing was changed.'],
    [graphError(500, 'InternalServerError', 'stack trace…'), 'Microsoft Graph failed; nothing was changed. Try again in a moment.'],
    [graphError(503, 'ServiceUnavailable'), 'Microsoft Graph failed; nothing was changed. Try again in a moment.'],
    [new GraphError({ status: 0, code: 'Timeout' }), 'Microsoft Graph failed; nothing was changed. Try again in a moment.'],
    [new TypeError('x is undefined'), 'Microsoft Graph failed; nothing was changed. Try again in a moment.'],
  ])('maps %s', (error, message) => {
    expect(toUserMessage(error).message).toBe(message);
  });

  it('names the missing thing when the caller says what it was', () => {
    expect(toUserMessage(graphError(404, 'Request_ResourceNotFound'), { subject: 'This role assignment' }).message).toBe(
      'This role assignment no longer exists. Refresh the page to see the current state.',
    );
  });

  it('keeps the request id apart from the sentence', () => {
    expect(toUserMessage(graphError(500, 'InternalServerError'))).toEqual({
      message: 'Microsoft Graph failed; nothing was changed. Try again in a moment.',
      requestId: 'r-1',
      supportText: 'Request ID: r-1',
    });
  });

  it('counts whole seconds for throttling', () => {
    const error = new GraphError({ status: 429, code: 'TooManyRequests', retryAfterSeconds: 7 });
    expect(toUserMessage(error)).toMatchObject({ message: 'Microsoft Graph is throttling requests. Wait 7 seconds and try again.', retryAfterSeconds: 7 });
  });

  it('treats a malformed id as not found, and a runaway list as too long', () => {
    expect(toUserMessage(new InvalidIdError('role', 'x')).message).toBe("This item doesn't exist. Check the link or refresh the page.");
    expect(toUserMessage(new GraphPagingLimitError('/users', 100)).message).toBe('The list is too long to show in full. Narrow the search and try again.');
  });
});
