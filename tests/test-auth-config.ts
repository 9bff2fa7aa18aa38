import type { PublicAuthConfig } from '@/lib/auth/msal-config';
import { portalClient } from './demo-tenant.mjs';

/** Sign-in settings for the auth components' tests: the demo tenant's shape, no real authority behind it. */
export const testAuthConfig: PublicAuthConfig = {
  clientId: portalClient.clientId,
  authority: 'https://localhost:4443/tenant',
  authorityMetadata: '{}',
  redirectUri: portalClient.redirectUri,
  postLogoutRedirectUri: 'http://localhost:3000/sign-in?reason=signed-out',
  scopes: ['https://graph.microsoft.com/.default'],
};
