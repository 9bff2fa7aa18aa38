const DEFAULT_RETURN_TO = '/roles';

/**
 * Where to go after signing in: only a path on this site. Anything else (another origin, a protocol-relative
 * `//host`, a backslash trick, the sign-in pages themselves) falls back to All roles, so the sign-in flow can't be
 * turned into an open redirect.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return DEFAULT_RETURN_TO;
  if (/[\u0000-\u001f]/.test(value)) return DEFAULT_RETURN_TO;
  let url: URL;
  try {
    url = new URL(value, 'http://portal.invalid');
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (url.origin !== 'http://portal.invalid') return DEFAULT_RETURN_TO;
  if (url.pathname.startsWith('/sign-in') || url.pathname.startsWith('/auth/') || url.pathname.startsWith('/api/')) {
    return DEFAULT_RETURN_TO;
  }
  return `${url.pathname}${url.search}`;
}

/** The sign-in page's address that brings the admin back to `returnTo` afterwards. */
export function signInPath(returnTo: string, reason?: 'expired' | 'signed-out'): string {
  const params = new URLSearchParams({ returnTo: safeReturnTo(returnTo) });
  if (reason) params.set('reason', reason);
  return `/sign-in?${params.toString()}`;
}
