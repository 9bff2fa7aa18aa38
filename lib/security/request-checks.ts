/** A request the portal answers with a short refusal instead of handing it to a page or route handler. */
export type Refusal = {
  status: 400 | 403 | 405;
  message: string;
  headers?: Record<string, string>;
};

export type RequestFacts = {
  method: string;
  /** The path as sent, still percent-encoded. */
  pathname: string;
  headers: Headers;
  /** The portal's origin as this request reached it (scheme, host and port). */
  ownOrigin: string;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const refusals = {
  invalidAddress: { status: 400, message: 'That address is not valid.' },
  crossSite: { status: 403, message: 'Changes can only be made from the portal itself.' },
  formPost: {
    status: 405,
    message: 'This page takes no form posts. Use the portal in a browser with JavaScript turned on.',
    headers: { Allow: 'GET, HEAD' },
  },
} as const satisfies Record<string, Refusal>;

/** False for a path with a `%` that is not a percent-encoded UTF-8 character (`/roles/%zz`, `/users/%E0%80%80`). */
export function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A write that another site started: its `Origin` is some other origin (or `null`), or the browser says it is
 * cross-site. Browsers send `Origin` on every POST, PUT, PATCH and DELETE; a script without one (curl, the bench)
 * is no browser a cross-site page could drive, so it is left to the route's own checks.
 */
export function isCrossSiteWrite({ method, headers, ownOrigin }: RequestFacts): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = headers.get('origin');
  return origin !== null && origin !== ownOrigin;
}

/** A POST to a page that is not a server action: a form submitted without JavaScript, or a hand-made request. */
export function isFormPostToPage({ method, pathname, headers }: RequestFacts): boolean {
  if (method.toUpperCase() !== 'POST' || pathname.startsWith('/api/')) return false;
  return !headers.get('next-action');
}

/**
 * Why the portal refuses this request before anything else runs, or null to let it through. Each of these would
 * otherwise reach Next as an error (500): an undecodable path, Next's own server-action origin check, a post to a
 * page with no action behind it. A refusal is the client's mistake, and says so with a 4xx.
 */
export function refuseRequest(request: RequestFacts): Refusal | null {
  if (!decodesCleanly(request.pathname)) return refusals.invalidAddress;
  if (isCrossSiteWrite(request)) return refusals.crossSite;
  if (isFormPostToPage(request)) return refusals.formPost;
  return null;
}
