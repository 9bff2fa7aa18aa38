import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { aadsts, type EntraError } from './errors';
import { parseScopes, type ParsedScopes } from './scopes';
import type { IdentityConfig } from './types';

export type ResponseMode = 'query' | 'fragment' | 'form_post';

export type AuthorizeRequest = {
  clientId: string;
  redirectUri: string;
  responseMode: ResponseMode;
  scope: string;
  scopes: ParsedScopes;
  codeChallenge: string;
  state?: string;
  nonce?: string;
  loginHint?: string;
  prompt?: string;
  clientInfo: boolean;
  correlationId?: string;
};

/**
 * Where a failure goes. Until client_id and redirect_uri are known good the browser gets an error page: an
 * authorization server must never send anything to an unregistered address (ASVS 10.4.1). After that, the error
 * goes back to the application on its redirect URI, as Entra does.
 */
export type AuthorizeOutcome =
  | { ok: true; request: AuthorizeRequest }
  | { ok: false; kind: 'page'; failure: EntraError; correlationId?: string }
  | { ok: false; kind: 'redirect'; failure: EntraError; target: RedirectTarget };

export type RedirectTarget = { redirectUri: string; responseMode: ResponseMode; state?: string; correlationId?: string };

/** The parameters we read, and so the ones the picker form carries to its POST. */
const PARAMS = [
  'client_id', 'redirect_uri', 'response_type', 'response_mode', 'scope', 'state', 'nonce', 'code_challenge',
  'code_challenge_method', 'login_hint', 'prompt', 'client_info', 'client-request-id',
] as const;
type Params = Partial<Record<(typeof PARAMS)[number], string>>;

const RESPONSE_MODES: ResponseMode[] = ['query', 'fragment', 'form_post'];
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export function pickParams(source: Record<string, string | undefined>): Params {
  const params: Params = {};
  for (const name of PARAMS) {
    const value = source[name];
    if (typeof value === 'string' && value !== '') params[name] = value;
  }
  return params;
}

export function validateAuthorize(params: Params, config: IdentityConfig): AuthorizeOutcome {
  const correlationId = params['client-request-id'];
  const page = (failure: EntraError): AuthorizeOutcome => ({ ok: false, kind: 'page', failure, correlationId });

  const clientId = params.client_id;
  if (!clientId) return page(aadsts.missing('client_id'));
  if (clientId.toLowerCase() === config.automationClientId.toLowerCase()) return page(aadsts.noReplyAddress());
  if (clientId.toLowerCase() !== config.portalClientId.toLowerCase()) {
    return page(aadsts.unknownClient(clientId, config.tenantId));
  }
  const redirectUri = params.redirect_uri;
  if (!redirectUri) return page(aadsts.missing('redirect_uri'));
  // Exact, case-sensitive string comparison: no prefix, trailing-slash or case tolerance.
  if (!config.portalRedirectUris.includes(redirectUri)) return page(aadsts.redirectMismatch(redirectUri, clientId, config.portalRedirectUris));

  const mode = params.response_mode ?? 'query';
  const responseMode: ResponseMode = RESPONSE_MODES.includes(mode as ResponseMode) ? (mode as ResponseMode) : 'query';
  const target: RedirectTarget = { redirectUri, responseMode, state: params.state, correlationId };
  const redirect = (failure: EntraError): AuthorizeOutcome => ({ ok: false, kind: 'redirect', failure, target });
  if (mode !== responseMode) return redirect(aadsts.unsupportedResponseMode(mode));

  // Only the code flow: no implicit grant (`token`, `id_token`) and no hybrid (ASVS 10.4.4).
  const responseType = params.response_type;
  if (!responseType) return redirect(aadsts.missing('response_type'));
  if (responseType !== 'code') return redirect(aadsts.responseTypeNotEnabled(responseType));

  if (!params.scope) return redirect(aadsts.missing('scope'));
  const scopes = parseScopes(params.scope);
  if ('invalid' in scopes) return redirect(aadsts.invalidScope(scopes.invalid));

  // PKCE with S256 is required and `plain` refused (ASVS 10.4.6); an absent method means `plain` in RFC 7636.
  const codeChallenge = params.code_challenge;
  if (!codeChallenge) return redirect(aadsts.pkceRequired());
  const method = params.code_challenge_method ?? 'plain';
  if (method !== 'S256') return redirect(aadsts.pkceMethod(method));
  if (!S256_CHALLENGE.test(codeChallenge)) return redirect(aadsts.pkceChallengeSize());

  return {
    ok: true,
    request: {
      clientId: config.portalClientId,
      redirectUri,
      responseMode,
      scope: params.scope,
      scopes,
      codeChallenge,
      state: params.state,
      nonce: params.nonce,
      loginHint: params.login_hint,
      prompt: params.prompt,
      clientInfo: params.client_info === '1',
      correlationId,
    },
  };
}

/**
 * The picker's hidden field: the original request, HMAC'd with a per-process key so a forged or edited POST is
 * refused. It carries the raw parameters, and the POST validates them again from scratch.
 */
export function createRequestSigner(now: () => number, maxAgeSeconds = 3600) {
  const key = randomBytes(32);
  const mac = (data: string) => createHmac('sha256', key).update(data).digest();
  return {
    sign(params: Params): string {
      const data = Buffer.from(JSON.stringify({ params, iat: now() })).toString('base64url');
      return `${data}.${mac(data).toString('base64url')}`;
    },
    open(value: string | undefined): Params | null {
      const [data, signature, extra] = (value ?? '').split('.');
      if (!data || !signature || extra !== undefined) return null;
      const expected = mac(data);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      const decoded = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as { params: unknown; iat: unknown };
      if (typeof decoded.iat !== 'number' || now() - decoded.iat > maxAgeSeconds * 1000) return null;
      if (typeof decoded.params !== 'object' || decoded.params === null) return null;
      return pickParams(decoded.params as Record<string, string | undefined>);
    },
  };
}

/** Builds the redirect back to the application in its response mode (form_post is rendered by the caller). */
export function redirectUrl(target: RedirectTarget, fields: Record<string, string>): string {
  const url = new URL(target.redirectUri);
  const params = new URLSearchParams(fields);
  if (target.responseMode === 'fragment') {
    url.hash = params.toString();
  } else {
    for (const [name, value] of params) url.searchParams.append(name, value);
  }
  return url.toString();
}

export type CodeGrant = {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  nonce?: string;
  userId: string;
  authTime: number;
  expiresAt: number;
  redeemed: boolean;
};

export const CODE_LIFETIME_MS = 10 * 60 * 1000;
// Spent and expired codes are remembered a little longer, to answer "already redeemed" or "expired" truthfully.
const CODE_MEMORY_MS = 60 * 60 * 1000;

/** Authorization codes live in memory only: single use, 10 minutes (ASVS 10.4.2, 10.4.3). */
export function createCodeStore(now: () => number) {
  const codes = new Map<string, CodeGrant>();
  return {
    issue(grant: Omit<CodeGrant, 'expiresAt' | 'redeemed'>): string {
      const at = now();
      for (const [code, entry] of codes) if (entry.expiresAt + CODE_MEMORY_MS < at) codes.delete(code);
      const code = `1.${randomBytes(48).toString('base64url')}`;
      codes.set(code, { ...grant, expiresAt: at + CODE_LIFETIME_MS, redeemed: false });
      return code;
    },
    /** Looks a code up and spends it: any redemption attempt uses it up, so a wrong verifier cannot be retried. */
    take(code: string): { grant: CodeGrant; state: 'fresh' | 'redeemed' | 'expired' } | null {
      const grant = codes.get(code);
      if (!grant) return null;
      const state = grant.redeemed ? 'redeemed' : grant.expiresAt <= now() ? 'expired' : 'fresh';
      grant.redeemed = true;
      return { grant, state };
    },
  };
}
