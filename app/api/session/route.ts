import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { checkSessionToken } from '@/lib/auth/token-claims';
import { env } from '@/lib/env';

// The browser's MSAL hands the admin's Graph token to the server here; server components then read it from an
// httpOnly cookie. Graph verifies the token's signature on every call; this checks what a client can (shape, a
// signing algorithm, tenant, Graph as audience, lifetime) so a token Graph would refuse is never kept. Never logged.

const bodySchema = z.object({ accessToken: z.string().min(20).max(8_192) });

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  return origin !== null && origin === request.nextUrl.origin;
}

export async function POST(request: NextRequest) {
  // A JSON body from this origin only: cross-site forms can't send JSON, and a cross-site fetch can't pass this check.
  if (!sameOrigin(request) || !request.headers.get('content-type')?.startsWith('application/json')) {
    return NextResponse.json({ error: 'Cross-origin session requests are refused.' }, { status: 403 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Send the access token as {"accessToken": "…"}.' }, { status: 400 });
  const now = Math.floor(Date.now() / 1000);
  const checked = checkSessionToken(parsed.data.accessToken, { tenantId: env().tenantId, nowSeconds: now });
  if (!checked.ok) return NextResponse.json({ error: checked.error }, { status: 400 });
  const { claims } = checked;
  const response = NextResponse.json({ expiresOn: claims.exp });
  response.cookies.set(SESSION_COOKIE, parsed.data.accessToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().sessionCookieSecure,
    path: '/',
    maxAge: claims.exp - now,
  });
  return response;
}

export async function DELETE(request: NextRequest) {
  if (!sameOrigin(request)) return NextResponse.json({ error: 'Cross-origin session requests are refused.' }, { status: 403 });
  const response = new NextResponse(null, { status: 204 });
  response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: env().sessionCookieSecure, path: '/', maxAge: 0 });
  return response;
}
