import type { Env } from '@/lib/env';

/** The request header through which proxy.ts hands the page its nonce (app/layout.tsx gives it to Griffel). */
export const NONCE_HEADER = 'x-nonce';

/** A fresh, unguessable nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type SecurityHeaderOptions = {
  nonce: string;
  /** Served over https (directly or behind a TLS-terminating proxy): only then is HSTS sent. */
  https: boolean;
  /** `next dev` evaluates code for its fast refresh; a production build never does. */
  development: boolean;
  /** Origins the browser's MSAL talks to (signInOrigins). */
  signInOrigins: readonly string[];
  /** The redirect URI's page: MSAL's silent renewal loads it in a hidden frame of the portal's own pages. */
  frameableBySelf?: boolean;
};

/**
 * Where MSAL in the browser goes: the authority (an https identifier, even for the emulator) and the host of its
 * OpenID endpoints (the token endpoint it posts to, the authorize endpoint its renewal frame loads). For Entra ID
 * both are login.microsoftonline.com; for the emulator, https://localhost:4443 and http://localhost:4000. Graph is
 * not among them: the browser never calls Graph (the server does, with the token from the session cookie).
 */
export function signInOrigins(config: Pick<Env, 'authority' | 'openIdConfigurationUrl'>): string[] {
  return [...new Set([new URL(config.authority).origin, new URL(config.openIdConfigurationUrl).origin])];
}

/** The Content-Security-Policy for one response. */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  const signIn = options.signInOrigins.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    // Next puts the nonce on its own scripts when it finds it in this header on the request; 'strict-dynamic'
    // lets those scripts load the chunks they need, and makes browsers that know it ignore 'self'.
    ['script-src', `'self' ${nonce} 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`],
    // Griffel's and FluentProvider's <style> elements carry the nonce (components/shell/providers.tsx), those
    // rendered on the server and those added in the browser alike.
    ['style-src', `'self' ${nonce}`],
    // style="" attributes (FluentProvider's, the skeletons' grid templates, the avatars' palette) can't hold a
    // selector, so they can't read the page the way an injected <style> could; elements stay nonce-only.
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', `'self' ${signIn}`],
    ['frame-src', `'self' ${signIn}`],
    ['frame-ancestors', options.frameableBySelf ? "'self'" : "'none'"],
    ['form-action', "'self'"],
    ['base-uri', "'self'"],
    ['object-src', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

// Powerful features the portal never uses, off for it and for anything it might frame.
const DENIED_FEATURES = [
  'accelerometer', 'bluetooth', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
  'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb',
];

/** Every header the portal sets on its own responses (proxy.ts), Content-Security-Policy included. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // Sign-in is a redirect round trip, never a popup, so nothing needs a window.opener across origins.
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'X-Content-Type-Options': 'nosniff',
    // Addresses carry object ids: other sites get no referrer at all. Not no-referrer: under it, browsers send
    // `Origin: null` on the portal's own POSTs (Fetch, "append a request Origin header"), and the server actions'
    // and /api/session's same-origin checks would refuse them.
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': options.frameableBySelf ? 'SAMEORIGIN' : 'DENY',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
