// The browser side of app/api/session: hands the token to the server's httpOnly cookie, or clears it.

const RETURN_TO_KEY = 'roles-portal.returnTo';

/** Resolves to the stored token's expiry (seconds since the epoch), as the server read it from the token. */
export async function storeSessionToken(accessToken: string): Promise<number> {
  const response = await fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accessToken }),
  });
  if (!response.ok) throw new Error(`The portal refused the sign-in (${response.status}).`);
  const body = (await response.json().catch(() => ({}))) as { expiresOn?: unknown };
  return typeof body.expiresOn === 'number' ? body.expiresOn : 0;
}

export async function clearSessionToken(): Promise<void> {
  await fetch('/api/session', { method: 'DELETE' });
}

/** Remembers, for the length of the tab, which page to show after the sign-in round trip. */
export function rememberReturnTo(path: string): void {
  sessionStorage.setItem(RETURN_TO_KEY, path);
}

export function takeReturnTo(): string | null {
  const value = sessionStorage.getItem(RETURN_TO_KEY);
  sessionStorage.removeItem(RETURN_TO_KEY);
  return value;
}
