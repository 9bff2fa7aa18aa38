import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error('expected parseEnv to refuse the configuration');
}

describe('parseEnv', () => {
  it('points at the local emulator when nothing is set', () => {
    const env = parseEnv({});
    expect(env).toEqual({
      port: 3000,
      tenantId: 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f',
      clientId: '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3',
      authority: 'https://localhost:4443/d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f',
      openIdConfigurationUrl:
        'http://localhost:4000/d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f/v2.0/.well-known/openid-configuration',
      redirectUri: 'http://localhost:3000/auth/redirect',
      graphBaseUrl: 'http://localhost:4000/v1.0',
      sessionCookieSecure: false,
      development: false,
    });
  });

  it('follows PORT and the emulator ports in its defaults', () => {
    const env = parseEnv({ PORT: '3100', EMULATOR_PORT: '4100', EMULATOR_HTTPS_PORT: '4543' });
    expect(env.redirectUri).toBe('http://localhost:3100/auth/redirect');
    expect(env.graphBaseUrl).toBe('http://localhost:4100/v1.0');
    expect(env.authority).toBe('https://localhost:4543/d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f');
  });

  it('takes a real tenant as .env.example shows it', () => {
    const env = parseEnv({
      ENTRA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
      ENTRA_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
      ENTRA_AUTHORITY_HOST: 'https://login.microsoftonline.com/',
      ENTRA_OPENID_CONFIGURATION_URL:
        'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0/.well-known/openid-configuration',
      ENTRA_REDIRECT_URI: 'https://roles.contoso.com/auth/redirect',
      GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0/',
    });
    expect(env.authority).toBe('https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555');
    expect(env.graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
    expect(env.sessionCookieSecure).toBe(true);
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '', GRAPH_BASE_URL: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'eighty', 'PORT'],
    ['PORT', '70000', 'PORT must be 1-65535'],
    ['EMULATOR_PORT', '0', 'EMULATOR_PORT must be 1-65535'],
    ['ENTRA_TENANT_ID', 'contoso', 'ENTRA_TENANT_ID must be a GUID'],
    ['ENTRA_CLIENT_ID', '1234', 'ENTRA_CLIENT_ID must be a GUID'],
    ['ENTRA_AUTHORITY_HOST', 'http://login.microsoftonline.com', 'ENTRA_AUTHORITY_HOST must be an https URL'],
    ['GRAPH_BASE_URL', 'graph.microsoft.com', 'GRAPH_BASE_URL must be an http or https URL'],
    ['ENTRA_REDIRECT_URI', 'ftp://x/y', 'ENTRA_REDIRECT_URI must be an http or https URL'],
    ['SESSION_COOKIE_SECURE', 'yes', 'SESSION_COOKIE_SECURE must be true or false'],
  ])('refuses %s=%s with a message naming the variable', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
    expect(problems[0]).toContain(JSON.stringify(value));
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'x', ENTRA_TENANT_ID: 'y' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual(['PORT', 'ENTRA_TENANT_ID']);
  });
});
