import { z } from 'zod';

/**
 * The one reader of configuration. Defaults point at the local emulator (README, "Configuration"); a real tenant
 * is configured with the same variables (.env.example). A bad value stops start-up with a message naming it.
 */

// The seeded demo tenant and the portal's app registration in it (emulator/README.md).
const DEMO_TENANT_ID = 'd4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f';
const DEMO_CLIENT_ID = '8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3';

const port = z.coerce.number().int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http or https URL' });
const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https URL' });
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const rawSchema = z.object({
  PORT: optional(port),
  EMULATOR_PORT: optional(port),
  EMULATOR_HTTPS_PORT: optional(port),
  ENTRA_TENANT_ID: optional(z.guid('must be a GUID (the directory/tenant id)')),
  ENTRA_CLIENT_ID: optional(z.guid('must be a GUID (the application/client id)')),
  ENTRA_AUTHORITY_HOST: optional(httpsUrl),
  ENTRA_OPENID_CONFIGURATION_URL: optional(httpUrl),
  ENTRA_REDIRECT_URI: optional(httpUrl),
  GRAPH_BASE_URL: optional(httpUrl),
  SESSION_COOKIE_SECURE: optional(z.enum(['true', 'false'], 'must be true or false')),
  NODE_ENV: z.string().optional(),
});

export type Env = {
  port: number;
  tenantId: string;
  clientId: string;
  /** MSAL's authority: `{host}/{tenantId}`. An https identifier even for the emulator (MSAL requires it). */
  authority: string;
  /** Where the server reads the authority's OpenID configuration, handed to MSAL so it makes no discovery call. */
  openIdConfigurationUrl: string;
  redirectUri: string;
  /** Microsoft Graph v1.0 root, without a trailing slash. */
  graphBaseUrl: string;
  sessionCookieSecure: boolean;
  /** Running under `next dev` (its fast refresh evaluates code, so the CSP must allow eval there). */
  development: boolean;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses a set of variables (process.env by default); throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = rawSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      return `${name} ${issue.message} (got ${JSON.stringify(source[name] ?? '')})`;
    }));
  }
  const raw = parsed.data;
  const portalPort = raw.PORT ?? 3000;
  const emulatorPort = raw.EMULATOR_PORT ?? 4000;
  const tenantId = raw.ENTRA_TENANT_ID ?? DEMO_TENANT_ID;
  const authorityHost = (raw.ENTRA_AUTHORITY_HOST ?? `https://localhost:${raw.EMULATOR_HTTPS_PORT ?? 4443}`).replace(/\/+$/, '');
  const redirectUri = raw.ENTRA_REDIRECT_URI ?? `http://localhost:${portalPort}/auth/redirect`;
  return {
    port: portalPort,
    tenantId,
    clientId: raw.ENTRA_CLIENT_ID ?? DEMO_CLIENT_ID,
    authority: `${authorityHost}/${tenantId}`,
    openIdConfigurationUrl: raw.ENTRA_OPENID_CONFIGURATION_URL
      ?? `http://localhost:${emulatorPort}/${tenantId}/v2.0/.well-known/openid-configuration`,
    redirectUri,
    graphBaseUrl: (raw.GRAPH_BASE_URL ?? `http://localhost:${emulatorPort}/v1.0`).replace(/\/+$/, ''),
    sessionCookieSecure: raw.SESSION_COOKIE_SECURE ? raw.SESSION_COOKIE_SECURE === 'true' : redirectUri.startsWith('https:'),
    development: raw.NODE_ENV === 'development',
  };
}

let cached: Env | undefined;

/** The portal's configuration, parsed once per server process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
