import { NextResponse, type NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/return-to';
import { REQUEST_PATH_HEADER, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { isExpired, readTokenClaims } from '@/lib/auth/token-claims';

// A convenience, not the security boundary: pages without a current session go to sign-in and come back;
// every page and server action still checks the session itself, and Graph checks the token.
export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const claims = token ? readTokenClaims(token) : null;
  if (!claims || isExpired(claims)) {
    const url = new URL(signInPath(path, token ? 'expired' : undefined), request.url);
    return NextResponse.redirect(url);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Every page but sign-in, the MSAL redirect page, route handlers and static files (public/).
  matcher: ['/((?!sign-in|auth/|api/|_next/|favicon.svg|favicon.ico|robots.txt).*)'],
};
