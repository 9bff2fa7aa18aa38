import type { PublicAuthConfig } from '@/lib/auth/msal-config';

/** Sign-in settings for the auth components' tests: the demo tenant's shape, no real authority behind it. */
export const testAuthConfig: PublicAuthConfig = {
  clientId: '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3',
  authority: 'https://localhost:4443/tenant',
  authorityMetadata: '{}',
  redirectUri: 'http://localhost:3000/auth/redirect',
  postLogoutRedirectUri: 'http://localhost:3000/sign-in?reason=signed-out',
  scopes: ['https://graph.microsoft.com/.default'],
};
