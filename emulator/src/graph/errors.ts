/** A Graph error response: thrown by handlers, written by the app's error handler in v1.0's envelope. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (id: string) =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);

export const segmentNotFound = (segment: string) =>
  new GraphError(404, 'Request_ResourceNotFound', `Resource not found for the segment '${segment}'.`);

export const badRequest = (message: string, code = 'Request_BadRequest') => new GraphError(400, code, message);

export const invalidObjectId = (id: string) => badRequest(`Invalid object identifier '${id}'.`);

export const insufficientPrivileges = () =>
  new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const unknownProperty = (name: string, typeName: string) =>
  badRequest(`Could not find a property named '${name}' on type '${typeName}'.`, 'BadRequest');

export const conflictingObject = () =>
  badRequest('A conflicting object with one or more of the specified property values is present in the directory.');

export const methodNotAllowed = () =>
  new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');

/** v1.0's error body: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`. */
export function errorBody(code: string, message: string, requestId: string, clientRequestId: string | undefined) {
  return {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': requestId,
        'client-request-id': clientRequestId ?? requestId,
      },
    },
  };
}
