import { createForeignKey, loadOrCreateSigningKey, type SigningKey } from './keys';
import { createRoutes } from './routes';
import { AUTOMATION_APP_ROLES, PORTAL_DEFAULT_SCOPES } from './scopes';
import { INTERACTIVE_AMR, mintAppAccessToken, mintUserAccessToken, verifyAccessToken } from './tokens';
import type { CreateIdentityOptions, Identity, MintOptions } from './types';

export type { AuthenticationFailure, Caller } from './caller';
export type {
  AccountDirectory, CreateIdentityOptions, Identity, IdentityConfig, MintOptions, PickerAccount,
} from './types';

/** Entra ID's v2 sign-in endpoints, token issuing and token verification for the emulator. */
export async function createIdentity({ config, accounts, now = Date.now }: CreateIdentityOptions): Promise<Identity> {
  const key = await loadOrCreateSigningKey(config.dataDir);
  const jwks = { keys: [{ ...key.publicJwk, issuer: config.issuer }] };
  const signer = { key, config, now };
  let foreignKey: Promise<SigningKey> | undefined;

  return {
    routes: createRoutes({ config, accounts, key, now, jwks }),
    verifyRequest: (authorizationHeader) => verifyAccessToken(signer, authorizationHeader),
    async mintAccessTokenForTests(opts: MintOptions) {
      const signingKey = opts.signWithForeignKey ? await (foreignKey ??= createForeignKey(key.kid)) : key;
      const lifetimeSeconds = opts.expiresInSeconds ?? config.tokenLifetimeSeconds;
      if (opts.app) {
        return mintAppAccessToken(signer, {
          roles: opts.roles ?? AUTOMATION_APP_ROLES, lifetimeSeconds, audience: opts.audience, key: signingKey,
        });
      }
      if (!opts.userId) throw new Error('mintAccessTokenForTests needs a userId (or app: true)');
      const found = (await accounts.getUser(opts.userId)) ?? { id: opts.userId, displayName: '', userPrincipalName: '' };
      const user = { ...found, tenantRoleTemplateIds: (await accounts.tenantRoleTemplateIds?.(opts.userId)) ?? [] };
      return mintUserAccessToken(signer, {
        user,
        clientId: config.portalClientId,
        scopes: opts.scopes ?? PORTAL_DEFAULT_SCOPES,
        lifetimeSeconds,
        audience: opts.audience,
        key: signingKey,
        amr: opts.amr ?? INTERACTIVE_AMR,
      });
    },
    jwks: () => structuredClone(jwks),
  };
}
