import { NextResponse, type NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/return-to';
import { REQUEST_PATH_HEADER, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { isExpired, readTokenClaims } from '@/lib/auth/token-claims';
import { env } from '@/lib/env';
import { createNonce, NONCE_HEADER, securityHeaders, signInOrigins } from '@/lib/security/headers';
import { refuseRequest, type Refusal } from '@/lib/security/request-checks';

// Every response the portal serves but its static files: refusals first, then the sign-in redirect for pages,
// and the security headers (lib/security/headers.ts) on all of them.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const settings = env();
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    https: request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
    development: settings.development,
    signInOrigins: signInOrigins(settings),
    frameableBySelf: pathname === new URL(settings.redirectUri).pathname,
  });

  const refusal = refuseRequest({ method: request.method, pathname, headers: request.headers, ownOrigin: request.nextUrl.origin });
  if (refusal) return withHeaders(refusalResponse(refusal, pathname), headers);

  if (needsSession(pathname)) {
    const path = `${pathname}${request.nextUrl.search}`;
    const token = request.cookies.get(SESSION_COOKIE)?.value;
    const claims = token ? readTokenClaims(token) : null;
    if (!claims || isExpired(claims)) {
      const url = new URL(signInPath(path, token ? 'expired' : undefined), request.url);
      return withHeaders(NextResponse.redirect(url), headers);
    }
  }

  // Next reads the nonce from the request's Content-Security-Policy and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

// A convenience, not the security boundary: pages without a current session go to sign-in and come back; every
// page and server action still checks the session itself, and Graph checks the token. Not sign-in itself, the
// MSAL redirect page or route handlers (they answer 401 in their own words).
function needsSession(pathname: string): boolean {
  return !/^\/(sign-in|auth\/|api\/)/.test(pathname);
}

function refusalResponse(refusal: Refusal, pathname: string): NextResponse {
  const init = { status: refusal.status, headers: refusal.headers };
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: refusal.message }, init);
  return new NextResponse(refusal.message, {
    ...init,
    headers: { ...refusal.headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static assets and public/'s files (next.config.js gives those their headers).
  matcher: ['/((?!_next/static|_next/image|favicon.svg|favicon.ico|robots.txt).*)'],
};
