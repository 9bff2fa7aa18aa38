import { Hono } from 'hono';
import type { CreateIdentityOptions, Identity } from './types';

export type { Caller, AuthenticationFailure } from './caller';
export type { AccountDirectory, CreateIdentityOptions, Identity, IdentityConfig, MintOptions, PickerAccount } from './types';

/** Entra ID's v2 sign-in endpoints, token issuing and token verification for the emulator. */
export async function createIdentity(options: CreateIdentityOptions): Promise<Identity> {
  void options;
  // Interface stub: the endpoints and token code land in the next commits.
  return {
    routes: new Hono(),
    verifyRequest: async () => ({ error: 'InvalidAuthenticationToken', message: 'Access token is empty.' }),
    mintAccessTokenForTests: async () => {
      throw new Error('mintAccessTokenForTests is not implemented yet');
    },
    jwks: () => ({ keys: [] }),
  };
}
