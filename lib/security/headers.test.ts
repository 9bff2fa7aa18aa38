import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { contentSecurityPolicy, createNonce, securityHeaders, signInOrigins, type SecurityHeaderOptions } from './headers';

const demo: SecurityHeaderOptions = {
  nonce: 'bm9uY2U=',
  https: false,
  development: false,
  signInOrigins: signInOrigins(parseEnv({})),
};

function directives(policy: string): Map<string, string> {
  return new Map(policy.split('; ').map((directive) => {
    const [name = '', ...values] = directive.split(' ');
    return [name, values.join(' ')];
  }));
}

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('signInOrigins', () => {
  it('names the emulator authority and the host of its endpoints', () => {
    expect(signInOrigins(parseEnv({}))).toEqual(['https://localhost:4443', 'http://localhost:4000']);
    expect(signInOrigins(parseEnv({ EMULATOR_PORT: '4200', EMULATOR_HTTPS_PORT: '4643' })))
      .toEqual(['https://localhost:4643', 'http://localhost:4200']);
  });

  it('names login.microsoftonline.com once for Entra ID', () => {
    const entra = parseEnv({
      ENTRA_AUTHORITY_HOST: 'https://login.microsoftonline.com',
      ENTRA_OPENID_CONFIGURATION_URL: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
    });
    expect(signInOrigins(entra)).toEqual(['https://login.microsoftonline.com']);
  });
});

describe('contentSecurityPolicy', () => {
  it('lets in only scripts and style elements that carry the nonce', () => {
    const policy = directives(contentSecurityPolicy(demo));
    expect(policy.get('script-src')).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy.get('style-src')).toBe("'self' 'nonce-bm9uY2U='");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
  });

  it('allows eval only under next dev', () => {
    expect(directives(contentSecurityPolicy(demo)).get('script-src')).not.toContain('unsafe-eval');
    expect(directives(contentSecurityPolicy({ ...demo, development: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('lets the browser reach the sign-in service and nothing else off the site', () => {
    const policy = directives(contentSecurityPolicy(demo));
    expect(policy.get('connect-src')).toBe("'self' https://localhost:4443 http://localhost:4000");
    expect(policy.get('frame-src')).toBe("'self' https://localhost:4443 http://localhost:4000");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
    expect(policy.get('font-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
  });

  it('lets no site frame the portal, but the portal frame its redirect page', () => {
    expect(directives(contentSecurityPolicy(demo)).get('frame-ancestors')).toBe("'none'");
    expect(directives(contentSecurityPolicy({ ...demo, frameableBySelf: true })).get('frame-ancestors')).toBe("'self'");
  });
});

describe('securityHeaders', () => {
  it('sets the same-origin, no-sniff, no-framing headers', () => {
    const headers = securityHeaders(demo);
    expect(headers).toMatchObject({
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(demo));
    expect(securityHeaders({ ...demo, frameableBySelf: true })['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('denies the camera, the microphone and the location', () => {
    const policy = securityHeaders(demo)['Permissions-Policy'];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy).toContain(`${feature}=()`);
  });

  it('sends HSTS only over https', () => {
    expect(securityHeaders(demo)).not.toHaveProperty('Strict-Transport-Security');
    expect(securityHeaders({ ...demo, https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });
});
