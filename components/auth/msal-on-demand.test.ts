import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testAuthConfig } from '@/tests/test-auth-config';

// MSAL and the portal's /api/session are replaced: what is under test is which token reaches the server.
const msal = vi.hoisted(() => ({
  acquireTokenSilent: vi.fn(),
  accounts: [] as { homeAccountId: string }[],
  initialized: 0,
}));
vi.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  class PublicClientApplication {
    async initialize() { msal.initialized += 1; }
    getActiveAccount() { return null; }
    getAllAccounts() { return msal.accounts; }
    acquireTokenSilent(request: unknown) { return msal.acquireTokenSilent(request); }
  }
  return { InteractionRequiredAuthError, PublicClientApplication, LogLevel: { Error: 0, Warning: 1 } };
});

const { renewSessionToken } = await import('./msal-on-demand');
const { InteractionRequiredAuthError } = await import('@azure/msal-browser');

const config = testAuthConfig;
const expiresAt = 1_800_000_000;
const token = (expiresOnSeconds: number) => ({ accessToken: `token-${expiresOnSeconds}`, expiresOn: new Date(expiresOnSeconds * 1000) });
const posted = vi.fn();

beforeEach(() => {
  msal.accounts = [{ homeAccountId: 'patti' }];
  msal.acquireTokenSilent.mockReset();
  posted.mockReset();
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    const { accessToken } = JSON.parse(init.body) as { accessToken: string };
    posted(accessToken);
    return new Response(JSON.stringify({ expiresOn: Number(accessToken.split('-')[1]) }), { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('renewSessionToken', () => {
  it('hands a token that lasts longer to the server and answers with its expiry', async () => {
    msal.acquireTokenSilent.mockResolvedValue(token(expiresAt + 3600));
    await expect(renewSessionToken(config, expiresAt)).resolves.toBe(expiresAt + 3600);
    expect(posted).toHaveBeenCalledWith(`token-${expiresAt + 3600}`);
  });

  it('posts nothing when MSAL still has only the token the server holds', async () => {
    msal.acquireTokenSilent.mockResolvedValue(token(expiresAt + 2));
    await expect(renewSessionToken(config, expiresAt)).resolves.toBeNull();
    expect(posted).not.toHaveBeenCalled();
  });

  it('posts nothing when the tab has no MSAL account or renewal needs the admin', async () => {
    msal.accounts = [];
    await expect(renewSessionToken(config, expiresAt)).resolves.toBeNull();
    msal.accounts = [{ homeAccountId: 'patti' }];
    msal.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError('login_required', 'The sign-in needs the admin.'));
    await expect(renewSessionToken(config, expiresAt)).resolves.toBeNull();
    expect(posted).not.toHaveBeenCalled();
  });

  it('creates and initializes MSAL once per tab', async () => {
    msal.acquireTokenSilent.mockResolvedValue(token(expiresAt));
    await renewSessionToken(config, expiresAt);
    await renewSessionToken(config, expiresAt);
    expect(msal.initialized).toBe(1);
  });
});
