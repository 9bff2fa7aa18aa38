import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import {
  createCodeStore, createRequestSigner, pickParams, redirectUrl, validateAuthorize, type AuthorizeRequest,
  type RedirectTarget,
} from './authorize';
import { aadsts, entraErrorBody, entraTimestamp, type EntraError } from './errors';
import type { SigningKey } from './keys';
import { errorPage, formPostPage, pickerPage, signedOutPage, sortPickerAccounts } from './pages';
import { AUTOMATION_APP_ROLES, checkClientCredentialsScope, parseScopes, type ParsedScopes } from './scopes';
import {
  clientInfo, INTERACTIVE_AMR, mintAppAccessToken, mintIdToken, mintRefreshToken, mintUserAccessToken, readRefreshToken,
  SPA_REFRESH_LIFETIME_SECONDS, type SignedInUser,
} from './tokens';
import type { AccountDirectory, IdentityConfig } from './types';

export type IdentityContext = {
  config: IdentityConfig;
  accounts: AccountDirectory;
  key: SigningKey;
  now: () => number;
  jwks: { keys: object[] };
};

const DEFAULT_TENANT_DOMAIN = 'contoso.onmicrosoft.com';

export function createRoutes(ctx: IdentityContext): Hono {
  const { config, accounts, now } = ctx;
  const signer = { key: ctx.key, config, now };
  const codes = createCodeStore(now);
  const requests = createRequestSigner(now);
  const portalOrigins = [...new Set(config.portalRedirectUris.map((uri) => new URL(uri).origin))];
  const tenantDomain = (config.tenantDomain ?? DEFAULT_TENANT_DOMAIN).toLowerCase();
  const secondsNow = () => Math.floor(now() / 1000);

  /** `{tenant}` may be the id, the verified domain, `organizations` or `common`; tokens always name the tenant. */
  function resolveTenant(segment: string): { pathTenant: string; issuer: string } | null {
    const lower = segment.toLowerCase();
    if (lower === config.tenantId.toLowerCase() || lower === tenantDomain) {
      return { pathTenant: config.tenantId, issuer: config.issuer };
    }
    if (lower === 'organizations' || lower === 'common') {
      // Multi-tenant documents carry a template issuer, as Entra's do.
      return { pathTenant: lower, issuer: config.issuer.replace(config.tenantId, '{tenantid}') };
    }
    return null;
  }

  const htmlHeaders = (c: Context, extra = '') => {
    c.header(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${portalOrigins.join(' ')}; ` +
        `frame-ancestors 'none'; base-uri 'none'${extra}`,
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  };

  const showError = (c: Context, failure: EntraError, correlationId?: string) => {
    htmlHeaders(c);
    const body = entraErrorBody(failure, now(), correlationId);
    return c.html(errorPage({ description: body.error_description, emulatorHint: failure.emulatorHint }), 400);
  };

  const tokenError = (c: Context, failure: EntraError, correlationId?: string) => {
    noStore(c);
    return c.json(entraErrorBody(failure, now(), correlationId), failure.status ?? 400);
  };

  const respond = (c: Context, target: RedirectTarget, fields: Record<string, string>) => {
    const withState = target.state === undefined ? fields : { ...fields, state: target.state };
    if (target.responseMode === 'form_post') {
      const nonce = randomBytes(16).toString('base64');
      htmlHeaders(c, `; script-src 'nonce-${nonce}'`);
      return c.html(formPostPage({ action: target.redirectUri, fields: withState, nonce }));
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(redirectUrl(target, withState), 302);
  };

  const redirectError = (c: Context, failure: EntraError, target: RedirectTarget) => {
    const body = entraErrorBody(failure, now(), target.correlationId);
    return respond(c, target, {
      error: body.error,
      error_description: body.error_description,
      error_uri: body.error_uri,
    });
  };

  const issueCode = (c: Context, request: AuthorizeRequest, userId: string) => {
    const code = codes.issue({
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      scope: request.scope,
      nonce: request.nonce,
      userId,
      authTime: secondsNow(),
    });
    return respond(c, request, {
      code,
      ...(request.clientInfo ? { client_info: clientInfo(userId, config.tenantId) } : {}),
      session_state: randomUUID(),
    });
  };

  const app = new Hono();

  /**
   * Each listener names its own endpoints: MSAL and @azure/identity, given the https authority, then send secrets and
   * codes over https only, while the portal's demo reads the http listener's document. The origin comes from the
   * configuration, never from the Host header, so a request cannot point the document at another server.
   */
  const listenerOrigin = (c: Context) => {
    const httpsOrigin = new URL(config.issuer).origin;
    return new URL(c.req.url).protocol === 'https:' && httpsOrigin.startsWith('https:') ? httpsOrigin : config.httpOrigin;
  };

  app.get('/:tenant/v2.0/.well-known/openid-configuration', (c) => {
    const tenant = resolveTenant(c.req.param('tenant'));
    c.header('Access-Control-Allow-Origin', '*');
    if (!tenant) return tokenError(c, aadsts.tenantNotFound(c.req.param('tenant')));
    const base = `${listenerOrigin(c)}/${tenant.pathTenant}`;
    return c.json({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: tenant.issuer,
      request_uri_parameter_supported: false,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host',
        'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash',
        'c_hash', 'email',
      ],
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
      code_challenge_methods_supported: ['S256'],
      tenant_region_scope: 'NA',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    });
  });

  app.get('/:tenant/discovery/v2.0/keys', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    if (!resolveTenant(c.req.param('tenant'))) return tokenError(c, aadsts.tenantNotFound(c.req.param('tenant')));
    return c.json(ctx.jwks);
  });

  app.get('/:tenant/oauth2/v2.0/authorize', async (c) => {
    const params = pickParams(c.req.query());
    if (!resolveTenant(c.req.param('tenant'))) {
      return showError(c, aadsts.tenantNotFound(c.req.param('tenant')), params['client-request-id']);
    }
    const outcome = validateAuthorize(params, config);
    if (!outcome.ok) {
      return outcome.kind === 'page'
        ? showError(c, outcome.failure, outcome.correlationId)
        : redirectError(c, outcome.failure, outcome.target);
    }
    const { request } = outcome;
    const all = sortPickerAccounts(await accounts.listPickerAccounts());
    const hint = request.loginHint?.toLowerCase();
    const hinted = hint ? all.filter((a) => a.userPrincipalName.toLowerCase() === hint) : [];
    // The emulator keeps no sign-in session (no cookies), so a silent request always finds no user signed in, as
    // Entra answers a browser without its session cookies, login_hint or not. MSAL then needs interaction.
    if (request.prompt === 'none') return redirectError(c, aadsts.loginRequired(), request);
    htmlHeaders(c);
    return c.html(
      pickerPage({
        accounts: hinted.length > 0 ? hinted : all,
        signedRequest: requests.sign(params),
        loginHint: hinted.length > 0 ? request.loginHint : undefined,
      }),
    );
  });

  app.post('/:tenant/oauth2/v2.0/authorize', async (c) => {
    if (!resolveTenant(c.req.param('tenant'))) return showError(c, aadsts.tenantNotFound(c.req.param('tenant')));
    const form = await readForm(c);
    const params = requests.open(form.request);
    if (!params) return showError(c, aadsts.pickerExpired());
    const outcome = validateAuthorize(params, config);
    if (!outcome.ok) {
      return outcome.kind === 'page'
        ? showError(c, outcome.failure, outcome.correlationId)
        : redirectError(c, outcome.failure, outcome.target);
    }
    const user = form.account ? await accounts.getUser(form.account) : null;
    if (!user) return showError(c, aadsts.unknownUser(form.account ?? '', config.tenantId), params['client-request-id']);
    return issueCode(c, outcome.request, user.id);
  });

  const cors = (c: Context) => {
    const origin = c.req.header('Origin');
    if (origin && portalOrigins.includes(origin)) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
    }
  };

  app.options('/:tenant/oauth2/v2.0/token', (c) => {
    cors(c);
    c.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    const requested = c.req.header('Access-Control-Request-Headers');
    c.header('Access-Control-Allow-Headers', requested && /^[\w\-, ]+$/.test(requested) ? requested : 'content-type');
    c.header('Access-Control-Max-Age', '86400');
    return c.body(null, 204);
  });

  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/:tenant/oauth2/v2.0/token', (c) => {
    cors(c);
    c.header('Allow', 'POST, OPTIONS');
    return tokenError(c, aadsts.postOnly(c.req.method));
  });

  app.post('/:tenant/oauth2/v2.0/token', async (c) => {
    cors(c);
    const form = await readForm(c);
    const correlationId = form['client-request-id'] ?? c.req.header('client-request-id');
    const fail = (failure: EntraError) => tokenError(c, failure, correlationId);
    if (!resolveTenant(c.req.param('tenant'))) return fail(aadsts.tenantNotFound(c.req.param('tenant')));

    const basic = parseBasic(c.req.header('Authorization'));
    const clientId = basic?.clientId ?? form.client_id;
    const clientSecret = basic?.clientSecret ?? form.client_secret;
    const grantType = form.grant_type;
    if (!grantType) return fail(aadsts.missing('grant_type'));
    if (!clientId) return fail(aadsts.missing('client_id'));
    const isPortal = clientId.toLowerCase() === config.portalClientId.toLowerCase();
    const isAutomation = clientId.toLowerCase() === config.automationClientId.toLowerCase();
    if (!isPortal && !isAutomation) return fail(aadsts.unknownClient(clientId, config.tenantId));

    if (grantType === 'client_credentials') {
      if (!isAutomation) return fail(aadsts.grantNotAllowed(clientId, grantType));
      if (!clientSecret) return fail(aadsts.secretMissing());
      if (!sameSecret(clientSecret, config.automationClientSecret)) return fail(aadsts.wrongSecret(clientId));
      if (!form.scope) return fail(aadsts.missing('scope'));
      const refused = checkClientCredentialsScope(form.scope, config.tenantId);
      if (refused) return fail(refused);
      const accessToken = await mintAppAccessToken(signer, {
        roles: AUTOMATION_APP_ROLES,
        lifetimeSeconds: config.tokenLifetimeSeconds,
      });
      noStore(c);
      // Entra's client-credentials response has no scope, refresh token or client_info.
      return c.json({
        token_type: 'Bearer',
        expires_in: config.tokenLifetimeSeconds,
        ext_expires_in: config.tokenLifetimeSeconds,
        access_token: accessToken,
      });
    }

    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      return fail(aadsts.unsupportedGrant(grantType));
    }
    // The portal is a public client (an SPA): it holds no secret and must not send one.
    if (!isPortal) return fail(aadsts.grantNotAllowed(clientId, grantType));
    if (clientSecret) return fail(aadsts.publicClientSecret());

    if (grantType === 'authorization_code') {
      if (!form.code) return fail(aadsts.missing('code'));
      if (!form.redirect_uri) return fail(aadsts.missing('redirect_uri'));
      if (!form.code_verifier) return fail(aadsts.missing('code_verifier'));
      const taken = codes.take(form.code);
      if (!taken) return fail(aadsts.malformedGrant());
      const { grant, state } = taken;
      if (state === 'redeemed') return fail(aadsts.codeRedeemed());
      if (state === 'expired') return fail(aadsts.codeExpired());
      if (grant.clientId !== config.portalClientId) return fail(aadsts.grantForOtherClient());
      if (form.redirect_uri !== grant.redirectUri) {
        return fail(aadsts.replyAddressMismatch(form.redirect_uri, grant.redirectUri));
      }
      // Every portal redirect URI is of the single-page-application type: Entra redeems such codes only from a
      // browser, which always sends Origin on a cross-origin POST (a server-side client sends none).
      if (!c.req.header('Origin')) return fail(aadsts.spaCrossOriginOnly());
      if (!pkceMatches(form.code_verifier, grant.codeChallenge)) return fail(aadsts.verifierMismatch());
      const user = await accounts.getUser(grant.userId);
      if (!user) return fail(aadsts.unknownUser(grant.userId, config.tenantId));
      const scopes = parseScopes(grant.scope);
      if ('invalid' in scopes) return fail(aadsts.invalidScope(scopes.invalid));
      return userTokens(c, { user, scope: grant.scope, scopes, nonce: grant.nonce, authTime: grant.authTime });
    }

    if (!form.refresh_token) return fail(aadsts.missing('refresh_token'));
    const check = await readRefreshToken(signer, form.refresh_token);
    if ('invalid' in check) return fail(aadsts.malformedGrant());
    if ('expired' in check) return fail(aadsts.spaRefreshExpired(entraTimestamp(check.authTime * 1000)));
    const { grant } = check;
    if (grant.clientId !== config.portalClientId) return fail(aadsts.grantForOtherClient());
    const user = await accounts.getUser(grant.userId);
    if (!user) return fail(aadsts.unknownUser(grant.userId, config.tenantId));
    // A refresh may name other scopes (all are pre-consented for the portal); without `scope` it keeps the original.
    const scope = form.scope ?? grant.scope;
    const scopes = parseScopes(scope);
    if ('invalid' in scopes) return fail(aadsts.invalidScope(scopes.invalid));
    return userTokens(c, { user, scope, scopes, authTime: grant.authTime });
  });

  async function userTokens(
    c: Context,
    grant: { user: SignedInUser; scope: string; scopes: ParsedScopes; nonce?: string; authTime: number },
  ) {
    const { user, scopes } = grant;
    const clientId = config.portalClientId;
    const graphScopes = scopes.graph.length > 0 ? scopes.graph : ['User.Read'];
    const echoed = scopes.graph.length > 0 ? scopes.echoed : ['User.Read'];
    const lifetimeSeconds = config.tokenLifetimeSeconds;
    const tenantRoleTemplateIds = (await accounts.tenantRoleTemplateIds?.(user.id)) ?? [];
    const accessToken = await mintUserAccessToken(signer, {
      user: { ...user, tenantRoleTemplateIds }, clientId, scopes: graphScopes, lifetimeSeconds, authTime: grant.authTime,
      amr: INTERACTIVE_AMR,
    });
    const openid = scopes.oidc.includes('openid');
    const idToken = openid ? await mintIdToken(signer, { user, clientId, nonce: grant.nonce, authTime: grant.authTime })
      : undefined;
    const refreshToken = scopes.oidc.includes('offline_access')
      ? await mintRefreshToken(signer, { userId: user.id, clientId, scope: grant.scope, authTime: grant.authTime })
      : undefined;
    noStore(c);
    return c.json({
      token_type: 'Bearer',
      scope: [...echoed, ...scopes.oidc.filter((s) => s !== 'offline_access')].join(' '),
      expires_in: lifetimeSeconds,
      ext_expires_in: lifetimeSeconds,
      access_token: accessToken,
      ...(refreshToken ? { refresh_token: refreshToken, refresh_token_expires_in: refreshLeft(grant.authTime) } : {}),
      ...(idToken ? { id_token: idToken } : {}),
      client_info: clientInfo(user.id, config.tenantId),
    });
  }

  const refreshLeft = (authTime: number) => authTime + SPA_REFRESH_LIFETIME_SECONDS - secondsNow();

  const logout = (c: Context) => {
    const target = c.req.query('post_logout_redirect_uri');
    const url = target ? safeUrl(target) : null;
    if (url && portalOrigins.includes(url.origin)) {
      const state = c.req.query('state');
      if (state) url.searchParams.set('state', state);
      c.header('Cache-Control', 'no-store');
      return c.redirect(url.toString(), 302);
    }
    htmlHeaders(c);
    return c.html(signedOutPage());
  };
  app.get('/:tenant/oauth2/v2.0/logout', logout);
  app.post('/:tenant/oauth2/v2.0/logout', logout);

  return app;
}

async function readForm(c: Context): Promise<Record<string, string | undefined>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return {};
  const body = await c.req.parseBody();
  const form: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') form[name] = value;
  return form;
}

function noStore(c: Context) {
  c.header('Cache-Control', 'no-store');
  c.header('Pragma', 'no-cache');
}

function parseBasic(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return part;
    }
  };
  return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

function pkceMatches(verifier: string, challenge: string): boolean {
  if (!VERIFIER.test(verifier)) return false;
  const computed = createHash('sha256').update(verifier).digest();
  const expected = Buffer.from(challenge, 'base64url');
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

function safeUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
