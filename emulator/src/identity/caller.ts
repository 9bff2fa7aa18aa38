/** Who is calling the Graph half: a signed-in user (delegated token) or an application (app-only token). */
export type Caller =
  | {
      kind: 'user'; userId: string; tenantId: string; scopes: string[]; clientId: string;
      /** The token's `amr` (how the user signed in); empty when it has none. PIM's MFA rule looks for "mfa". */
      amr: string[];
    }
  | { kind: 'app'; servicePrincipalId: string; tenantId: string; roles: string[]; clientId: string };

/** What verifyRequest returns instead of a Caller; the Graph half turns it into a 401 body. */
export type AuthenticationFailure = { error: 'InvalidAuthenticationToken'; message: string };
