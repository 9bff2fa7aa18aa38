import type { Hono } from 'hono';
import type { AuthenticationFailure, Caller } from './caller';

export type IdentityConfig = {
  tenantId: string;
  /** The tokens' `iss`, e.g. `https://localhost:4443/{tenantId}/v2.0` (the https authority MSAL is given). */
  issuer: string;
  /**
   * Origin of the plain-http listener: the endpoint URLs of the openid-configuration it serves (the portal's demo
   * reads that one). The https listener's document names the issuer's own (https) origin.
   */
  httpOrigin: string;
  portalClientId: string;
  /** Exact-match list; the origins of these URIs are also the CORS origins of the token endpoint. */
  portalRedirectUris: string[];
  automationClientId: string;
  automationClientSecret: string;
  automationServicePrincipalId: string;
  tokenLifetimeSeconds: number;
  /** The RSA signing key is kept here (signing-key.json) so tokens survive a restart. */
  dataDir: string;
  /** Verified domain accepted as `{tenant}` in the URLs; defaults to `contoso.onmicrosoft.com`. */
  tenantDomain?: string;
};

export type PickerAccount = { id: string; displayName: string; userPrincipalName: string; roles: string[] };

/** The slice of the directory the sign-in pages need; the Graph half implements it over its database. */
export type AccountDirectory = {
  listPickerAccounts(): Promise<PickerAccount[]>;
  getUser(id: string): Promise<{ id: string; displayName: string; userPrincipalName: string } | null>;
  /** Template ids of the built-in roles a user holds at `/`: the access token's `wids` (none when left out). */
  tenantRoleTemplateIds?(userId: string): Promise<string[]>;
};

export type MintOptions = {
  userId?: string;
  app?: boolean;
  scopes?: string[];
  roles?: string[];
  expiresInSeconds?: number;
  audience?: string;
  signWithForeignKey?: boolean;
  /**
   * The user token's `amr`. Default `["pwd","mfa"]`: a persona's token stands for a sign-in at the sign-in page,
   * which counts as MFA. Pass `[]` (or `["pwd"]`) for a token that fails PIM's MFA rule.
   */
  amr?: string[];
};

export type Identity = {
  /** Mounted at the root by the Graph half (`app.route('/', identity.routes)`). */
  routes: Hono;
  verifyRequest(authorizationHeader: string | undefined): Promise<Caller | AuthenticationFailure>;
  mintAccessTokenForTests(opts: MintOptions): Promise<string>;
  jwks(): object;
};

export type CreateIdentityOptions = {
  config: IdentityConfig;
  accounts: AccountDirectory;
  /** Milliseconds since the epoch; tests inject a clock to expire codes and tokens. */
  now?: () => number;
};
