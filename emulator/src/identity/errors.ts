import { randomUUID } from 'node:crypto';

/** One AADSTS failure: the OAuth error code, Entra's numeric code and its text (without the "AADSTSn: " prefix). */
/**
 * `emulatorHint` is the emulator's own word to the person at the keyboard (how to fix its configuration), shown on
 * the error page under Entra's text; it is never part of Entra's JSON body, which stays exactly Entra's.
 */
export type EntraError = { error: string; code: number; text: string; status?: 400 | 401 | 405; emulatorHint?: string };

export type EntraErrorBody = {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
};

/** Entra writes timestamps as `2024-05-01 09:30:12Z`. */
export function entraTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/** The body Entra returns from the token endpoint, and the fields it puts on an error redirect. */
export function entraErrorBody(failure: EntraError, ms: number, correlationId?: string): EntraErrorBody {
  const traceId = randomUUID();
  const correlation = correlationId && /^[\w-]{1,64}$/.test(correlationId) ? correlationId : randomUUID();
  const timestamp = entraTimestamp(ms);
  return {
    error: failure.error,
    error_description:
      `AADSTS${failure.code}: ${failure.text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlation}` +
      `\r\nTimestamp: ${timestamp}`,
    error_codes: [failure.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${failure.code}`,
  };
}

const missing = (name: string): EntraError => ({
  error: 'invalid_request',
  code: 900144,
  text: `The request body must contain the following parameter: '${name}'.`,
});

// Texts marked "Entra" are Entra's own wording; the others are this emulator's, in Entra's style (see README).
export const aadsts = {
  missing,
  // Entra
  tenantNotFound: (tenant: string): EntraError => ({
    error: 'invalid_tenant',
    code: 90002,
    text:
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the ` +
      `correct cloud. Check with your subscription administrator, this may happen if there are no active ` +
      `subscriptions for the tenant.`,
  }),
  // Entra
  unknownClient: (clientId: string, tenant: string): EntraError => ({
    error: 'unauthorized_client',
    code: 700016,
    text:
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if ` +
      `the application has not been installed by the administrator of the tenant or consented to by any user in ` +
      `the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  // Entra
  noReplyAddress: (): EntraError => ({
    error: 'invalid_request',
    code: 500113,
    text: 'No reply address is registered for the application.',
  }),
  // Entra
  redirectMismatch: (redirectUri: string, clientId: string, registered: string[]): EntraError => ({
    error: 'invalid_request',
    emulatorHint:
      `Emulator: the Roles Portal registration's redirect URIs come from EMULATOR_PORTAL_REDIRECT_URIS ` +
      `(comma-separated; registered now: ${registered.join(', ') || 'none'}). \`npm run demo\` sets it from PORT; ` +
      `a portal on another address (ENTRA_REDIRECT_URI) needs that address added there.`,
    code: 50011,
    text:
      `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for ` +
      `the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your ` +
      `application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about ` +
      `how to fix this.`,
  }),
  // Entra
  responseTypeNotEnabled: (responseType: string): EntraError => ({
    error: 'unsupported_response_type',
    code: 700054,
    text: `response_type '${responseType}' is not enabled for the application.`,
  }),
  unsupportedResponseMode: (mode: string): EntraError => ({
    error: 'invalid_request',
    code: 900144,
    text: `The response_mode '${mode}' is not supported. Use 'query', 'fragment' or 'form_post'.`,
  }),
  pkceRequired: (): EntraError => ({
    error: 'invalid_request',
    code: 9002325,
    text: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
  }),
  pkceMethod: (method: string): EntraError => ({
    error: 'invalid_request',
    code: 9002325,
    text: `The code_challenge_method '${method}' is not accepted. Proof Key for Code Exchange must use 'S256'.`,
  }),
  // Entra
  pkceChallengeSize: (): EntraError => ({
    error: 'invalid_request',
    code: 501491,
    text: 'Invalid size of Code_Challenge parameter.',
  }),
  invalidScope: (scope: string): EntraError => ({
    error: 'invalid_scope',
    code: 70011,
    text: `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  // Entra
  loginRequired: (): EntraError => ({
    error: 'login_required',
    code: 50058,
    text:
      'A silent sign-in request was sent but no user is signed in. The cookies used to represent the user\'s ' +
      'session were not sent in the request to Azure AD. This can happen if the user is using Internet Explorer or ' +
      'Edge, and the web app sending the silent sign-in request is in different IE security zone than the Azure AD ' +
      'endpoint (login.microsoftonline.com).',
  }),
  // Entra
  spaCrossOriginOnly: (): EntraError => ({
    error: 'invalid_request',
    code: 9002327,
    text: "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
  }),
  // Entra
  clientCredentialsNeedDefault: (scope: string): EntraError => ({
    error: 'invalid_scope',
    code: 1002012,
    text:
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with ` +
      `/.default suffixed to the resource identifier (application ID URI).`,
  }),
  // Entra
  resourceNotFound: (resource: string, tenant: string): EntraError => ({
    error: 'invalid_resource',
    code: 500011,
    text:
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the ` +
      `application has not been installed by the administrator of the tenant or consented to by any user in the ` +
      `tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  pickerExpired: (): EntraError => ({
    error: 'invalid_request',
    code: 50089,
    text: 'The sign-in page expired or was changed. Start the sign-in again from the application.',
  }),
  // Entra
  unknownUser: (user: string, tenant: string): EntraError => ({
    error: 'invalid_grant',
    code: 50034,
    text: `The user account ${user} does not exist in the ${tenant} directory.`,
  }),
  // Entra
  postOnly: (method: string): EntraError => ({
    error: 'invalid_request',
    code: 900561,
    text: `The endpoint only accepts POST, OPTIONS requests. Received a ${method} request.`,
    status: 405,
  }),
  // Entra
  unsupportedGrant: (grantType: string): EntraError => ({
    error: 'unsupported_grant_type',
    code: 70003,
    text: `The app requested an unsupported grant type '${grantType}'.`,
  }),
  // Entra
  malformedGrant: (): EntraError => ({
    error: 'invalid_grant',
    code: 9002313,
    text: 'Invalid request. Request is malformed or invalid.',
  }),
  // Entra
  codeRedeemed: (): EntraError => ({
    error: 'invalid_grant',
    code: 54005,
    text: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  }),
  // Entra
  codeExpired: (): EntraError => ({
    error: 'invalid_grant',
    code: 70008,
    text:
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive ' +
      'authorization request for this user and resource.',
  }),
  grantForOtherClient: (): EntraError => ({
    error: 'invalid_grant',
    code: 70000,
    text: 'The provided grant was issued to a different client.',
  }),
  // Entra
  replyAddressMismatch: (sent: string, original: string): EntraError => ({
    error: 'invalid_grant',
    code: 500112,
    text:
      `The reply address '${sent}' does not match the reply address '${original}' provided when requesting ` +
      `Authorization code.`,
  }),
  // Entra
  verifierMismatch: (): EntraError => ({
    error: 'invalid_grant',
    code: 501481,
    text: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  }),
  // Entra
  spaRefreshExpired: (issuedOn: string): EntraError => ({
    error: 'invalid_grant',
    code: 700084,
    text:
      'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of ' +
      '1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA ' +
      `to the sign in page. The token was issued on ${issuedOn}.`,
  }),
  // Entra
  secretMissing: (): EntraError => ({
    error: 'invalid_client',
    code: 7000218,
    text: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    status: 401,
  }),
  // Entra
  wrongSecret: (clientId: string): EntraError => ({
    error: 'invalid_client',
    code: 7000215,
    text:
      'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not ' +
      `the client secret ID, for a secret added to app '${clientId}'.`,
    status: 401,
  }),
  // Entra
  publicClientSecret: (): EntraError => ({
    error: 'invalid_request',
    code: 700025,
    text: "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
  }),
  grantNotAllowed: (clientId: string, grantType: string): EntraError => ({
    error: 'unauthorized_client',
    code: 700029,
    text: `The application '${clientId}' is not allowed to use the '${grantType}' grant.`,
  }),
};
