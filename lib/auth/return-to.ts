const DEFAULT_RETURN_TO = '/roles';
const BASE = 'http://portal.invalid';

/**
 * Where to go after signing in: only a path on this site. Anything else (another origin, a protocol-relative
 * `//host`, a backslash trick, the sign-in pages themselves) falls back to All roles, so the sign-in flow can't be
 * turned into an open redirect.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !isSitePath(value)) return DEFAULT_RETURN_TO;
  const url = new URL(value, BASE);
  // Normalising can turn a harmless-looking path into a protocol-relative one (`/.//evil`, `/..//evil`), so the
  // result is checked again, and so is its decoded form: a router or proxy that decodes `%2f` must not find `//evil`.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (!isSitePath(url.pathname) || !isSitePath(decoded)) return DEFAULT_RETURN_TO;
  const normalised = new URL(decoded, BASE).pathname;
  if (!isSitePath(normalised) || /^\/(sign-in|auth|api)(\/|$)/.test(normalised)) return DEFAULT_RETURN_TO;
  return `${url.pathname}${url.search}`;
}

/** A single-slash path that stays on this site, before and after URL normalisation. */
function isSitePath(path: string): boolean {
  // Browsers drop tabs and newlines inside a URL and read `\` as `/`, so `/\evil` and `/<tab>/evil` mean `//evil`.
  if (!path.startsWith('/') || /^\/[/\\]/.test(path) || /[\\\u0000-\u001f\u007f]/.test(path)) return false;
  try {
    const url = new URL(path, BASE);
    return url.origin === BASE && url.pathname.startsWith('/') && !/^\/[/\\]/.test(url.pathname);
  } catch {
    return false;
  }
}

/** The sign-in page's address that brings the admin back to `returnTo` afterwards. */
export function signInPath(returnTo: string, reason?: 'expired' | 'signed-out'): string {
  const params = new URLSearchParams({ returnTo: safeReturnTo(returnTo) });
  if (reason) params.set('reason', reason);
  return `/sign-in?${params.toString()}`;
}
