// Errors from lib/graph and the fixed set of sentences an admin sees for them. Graph's own text stays in
// `graphMessage` for logs and never reaches the screen: it can name objects the admin may not see, and it is
// written for developers. Request ids go in a separate field so support can find the call in Graph's logs.

export type GraphErrorInit = {
  status: number;
  code: string;
  graphMessage?: string;
  requestId?: string;
  clientRequestId?: string;
  retryAfterSeconds?: number;
  /** Retry-After exactly as Graph asked, for the client's own wait; retryAfterSeconds is it rounded up. */
  retryAfterMs?: number;
  method?: string;
  path?: string;
};

/**
 * A failed call to Microsoft Graph: an HTTP error status, one item of a `$batch`, or (status 0) a network
 * failure or timeout, where `code` is `NetworkError` or `Timeout`.
 */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly graphMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;

  constructor(init: GraphErrorInit) {
    const where = init.method && init.path ? `${init.method} ${init.path}: ` : '';
    super(`Microsoft Graph ${where}${init.status || 'no response'} ${init.code}`);
    this.name = 'GraphError';
    this.status = init.status;
    this.code = init.code;
    this.graphMessage = init.graphMessage;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.retryAfterMs = init.retryAfterMs ?? (init.retryAfterSeconds === undefined ? undefined : init.retryAfterSeconds * 1000);
    this.method = init.method;
    this.path = init.path;
  }

  get isThrottled(): boolean {
    return this.status === 429;
  }

  /** A 5xx, a network failure or a timeout: the outcome of a write is unknown. */
  get isServerOrNetworkFailure(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** An id that is not well-formed, caught before it reached a URL. No request was sent. */
export class InvalidIdError extends Error {
  readonly kind: string;

  constructor(kind: string, value: unknown) {
    // The value is input: keep it short and printable in the log message.
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
    super(`Invalid ${kind} id ${shown}`);
    this.name = 'InvalidIdError';
    this.kind = kind;
  }
}

/** Graph answered with something our schema does not accept: a drifting tenant or emulator, or our bug. */
export class GraphResponseError extends Error {
  readonly requestId: string | undefined;

  constructor(message: string, requestId?: string) {
    super(message);
    this.name = 'GraphResponseError';
    this.requestId = requestId;
  }
}

/** A list still had a next page after the safety limit: thrown instead of returning a truncated list. */
export class GraphPagingLimitError extends Error {
  constructor(path: string, maxPages: number) {
    super(`Stopped following @odata.nextLink for ${path} after ${maxPages} pages`);
    this.name = 'GraphPagingLimitError';
  }
}

export type UserMessage = {
  /** One of a fixed set of sentences: safe to show as is. */
  message: string;
  /** Graph's request-id, when there was a response: shown apart from the sentence, for support. */
  requestId?: string;
  /** `Request ID: …`, ready to show under the sentence. */
  supportText?: string;
  /** Set for throttling, so a UI can count down. */
  retryAfterSeconds?: number;
};

export const userMessages = {
  signInExpired: 'Your sign-in has expired. Sign in again to continue.',
  permissionDenied:
    "You don't have permission to do this. Changing role assignments needs the Privileged Role Administrator or Global Administrator role.",
  readDenied: "You don't have permission to see this.",
  notFound: (subject: string) => `${subject} no longer exists. Refresh the page to see the current state.`,
  unsupportedScope: "This role can't be assigned at the selected scope.",
  duplicate: 'This assignment already exists.',
  selfGlobalAdminRemoval: "You can't remove your own Global Administrator assignment.",
  rejected: 'Microsoft Graph rejected the request: nothing was changed.',
  throttled: (seconds: number | undefined) =>
    seconds === undefined
      ? 'Microsoft Graph is throttling requests. Wait a minute and try again.'
      : `Microsoft Graph is throttling requests. Wait ${seconds} seconds and try again.`,
  failed: 'Microsoft Graph failed; nothing was changed. Try again in a moment.',
  invalidId: (subject: string) => `${subject} doesn't exist. Check the link or refresh the page.`,
  unexpectedResponse: 'Microsoft Graph sent a response the portal did not expect. Refresh the page to see the current state.',
  tooManyPages: 'The list is too long to show in full. Narrow the search and try again.',
} as const;

// Graph's texts for the 400s an admin can act on (research §B3). Matched as substrings, case-insensitively.
const scopeNotSupportedText = 'not supported to be assigned to a single resource scope';
const duplicateText = 'a conflicting object with one or more of the specified property values is present';
const selfGlobalAdminText = 'removing self from global administrator';

export type ToUserMessageOptions = {
  /** Names the thing for "… no longer exists", e.g. "This role assignment". */
  subject?: string;
};

/** Maps any error from lib/graph (or anything else) to a sentence an admin can act on. */
export function toUserMessage(error: unknown, options: ToUserMessageOptions = {}): UserMessage {
  const subject = options.subject ?? 'This item';
  if (error instanceof InvalidIdError) return { message: userMessages.invalidId(subject) };
  if (error instanceof GraphPagingLimitError) return { message: userMessages.tooManyPages };
  if (error instanceof GraphResponseError) return withRequestId(userMessages.unexpectedResponse, error.requestId);
  if (!(error instanceof GraphError)) return { message: userMessages.failed };

  const text = (error.graphMessage ?? '').toLowerCase();
  const reply = (message: string) => withRequestId(message, error.requestId);
  switch (true) {
    case error.status === 401:
      return reply(userMessages.signInExpired);
    case error.status === 403:
      // A denied read is not about role assignments; don't send the admin looking for the wrong role.
      return reply(error.method === 'GET' ? userMessages.readDenied : userMessages.permissionDenied);
    case error.status === 404:
      return reply(userMessages.notFound(subject));
    case error.status === 400 && text.includes(scopeNotSupportedText):
      return reply(userMessages.unsupportedScope);
    case error.status === 400 && text.includes(duplicateText):
      return reply(userMessages.duplicate);
    case error.status === 400 && text.includes(selfGlobalAdminText):
      return reply(userMessages.selfGlobalAdminRemoval);
    case error.status === 429:
      return { ...reply(userMessages.throttled(error.retryAfterSeconds)), retryAfterSeconds: error.retryAfterSeconds };
    case error.status >= 400 && error.status < 500:
      return reply(userMessages.rejected);
    default:
      return reply(userMessages.failed);
  }
}

function withRequestId(message: string, requestId: string | undefined): UserMessage {
  return requestId ? { message, requestId, supportText: `Request ID: ${requestId}` } : { message };
}
