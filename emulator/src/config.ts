import { z } from 'zod';
import { faultSettingsSchema, type FaultSettings } from './faults';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  EMULATOR_PORT: port.default(4000),
  EMULATOR_HTTPS_PORT: port.default(4443),
  EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  EMULATOR_ALLOW_REMOTE: z.enum(['0', '1', 'true', 'false', '']).default('0'),
  EMULATOR_DATA_DIR: z.string().min(1).default('.emulator-data'),
  EMULATOR_TENANT_ID: guid.default('d4c7f5a2-3b1e-4c8d-9f6a-1e2b3c4d5e6f'),
  EMULATOR_PORTAL_CLIENT_ID: guid.default('8a3e6f1b-2c4d-4e5f-a6b7-c8d9e0f1a2b3'),
  EMULATOR_PORTAL_REDIRECT_URIS: z.string().default('http://localhost:3000/auth/redirect'),
  EMULATOR_AUTOMATION_CLIENT_ID: guid.default('5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f'),
  EMULATOR_AUTOMATION_CLIENT_SECRET: z.string().min(1).default('contoso-automation-secret'),
  EMULATOR_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(1).default(3600),
  EMULATOR_FAULTS: z.string().optional(),
  EMULATOR_DETERMINISTIC: z.enum(['0', '1', 'true', 'false', '']).default('0'),
  EMULATOR_CONTROL_TOKEN: z.string().optional(),
});

/** Everything `startEmulator` needs; every field has the contract's default. */
export type EmulatorOptions = {
  port: number;
  /** 0 picks a free port; null disables the https listener. */
  httpsPort: number | null;
  host: string;
  allowRemote: boolean;
  dataDir: string;
  tenantId: string;
  portalClientId: string;
  portalRedirectUris: string[];
  automationClientId: string;
  automationClientSecret: string;
  tokenLifetimeSeconds: number;
  faults: FaultSettings;
  /** Wipe the data dir and seed again. */
  reset: boolean;
  /** Seed the large benchmark tenant instead of Contoso (only when the database is new or reset). */
  scale: ScaleOptions | null;
  /** Counted ids and a fixed clock for objects created through the API, for reproducible screenshots (new-objects.ts). */
  deterministic: boolean;
  /**
   * The secret the control endpoints (/_emulator/*) require in `x-emulator-control-token`; undefined: a random one,
   * printed at start and written to `<dataDir>/control-token` (control.ts).
   */
  controlToken: string | undefined;
  /** Print progress lines (main.ts); tests keep quiet. */
  log: (line: string) => void;
};

export type ScaleOptions = { users: number; groups: number; assignments: number };
export const defaultScale: ScaleOptions = { users: 100_000, groups: 5_000, assignments: 20_000 };

export class ConfigError extends Error {}

/** Reads EMULATOR_* variables; a bad value stops start-up with a message naming the variable. */
export function optionsFromEnv(env: Record<string, string | undefined> = process.env): EmulatorOptions {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid ${String(issue?.path[0] ?? 'environment')}: ${issue?.message ?? 'bad value'}`);
  }
  const e = parsed.data;
  return {
    port: e.EMULATOR_PORT,
    httpsPort: e.EMULATOR_HTTPS_PORT === 0 ? null : e.EMULATOR_HTTPS_PORT,
    host: e.EMULATOR_HOST,
    allowRemote: e.EMULATOR_ALLOW_REMOTE === '1' || e.EMULATOR_ALLOW_REMOTE === 'true',
    dataDir: e.EMULATOR_DATA_DIR,
    tenantId: e.EMULATOR_TENANT_ID.toLowerCase(),
    portalClientId: e.EMULATOR_PORTAL_CLIENT_ID.toLowerCase(),
    portalRedirectUris: e.EMULATOR_PORTAL_REDIRECT_URIS.split(',').map((u) => u.trim()).filter(Boolean),
    automationClientId: e.EMULATOR_AUTOMATION_CLIENT_ID.toLowerCase(),
    automationClientSecret: e.EMULATOR_AUTOMATION_CLIENT_SECRET,
    tokenLifetimeSeconds: e.EMULATOR_TOKEN_LIFETIME_SECONDS,
    faults: parseFaultsVariable(e.EMULATOR_FAULTS),
    reset: false,
    scale: null,
    deterministic: e.EMULATOR_DETERMINISTIC === '1' || e.EMULATOR_DETERMINISTIC === 'true',
    controlToken: e.EMULATOR_CONTROL_TOKEN || undefined,
    log: () => {},
  };
}

function parseFaultsVariable(text: string | undefined): FaultSettings {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('Invalid EMULATOR_FAULTS: not JSON');
  }
  const parsed = faultSettingsSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(`Invalid EMULATOR_FAULTS: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  return parsed.data;
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts served without EMULATOR_ALLOW_REMOTE=1. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
