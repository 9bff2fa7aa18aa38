import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsFromEnv } from './config';
import { controlTokenHeader } from './control';
import { appToken, call, control, personas, startTestEmulator, userToken, type TestEmulator } from './test-support';

// One emulator with a generated token (no EMULATOR_CONTROL_TOKEN, no option), as `npm run emulator` starts it.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ controlToken: undefined });
});
afterAll(async () => emulator?.cleanup());

const controlCalls: Array<[string, string, unknown?]> = [
  ['GET', '/_emulator/faults'],
  ['PUT', '/_emulator/faults', { rate500: 1 }],
  ['GET', '/_emulator/requests'],
  ['DELETE', '/_emulator/requests'],
  ['POST', '/_emulator/reset'],
];

describe('the control endpoints', () => {
  it('generate a token at start and keep it in <dataDir>/control-token, readable by the owner only', async () => {
    expect(emulator.controlToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const file = path.join(emulator.dataDir, 'control-token');
    expect(emulator.controlTokenPath).toBe(file);
    expect((await readFile(file, 'utf8')).trim()).toBe(emulator.controlToken);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.each(controlCalls)('refuse %s %s without the token, with a wrong one, and with a Graph token instead', async (method, urlPath, body) => {
    const missing = await call<{ error: { code: string; message: string } }>(emulator, method, urlPath, { body });
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toContain(controlTokenHeader);
    expect(missing.body.error.message).toContain(path.join(emulator.dataDir, 'control-token'));
    expect(JSON.stringify(missing.body)).not.toContain(emulator.controlToken);
    const wrong = await call(emulator, method, urlPath, { body, headers: { [controlTokenHeader]: `${emulator.controlToken}x` } });
    expect(wrong.status).toBe(401);
    const megan = await userToken(emulator, personas.megan);
    expect((await call(emulator, method, urlPath, { body, token: megan })).status).toBe(401);
    expect((await call(emulator, method, urlPath, { body, token: await appToken(emulator) })).status).toBe(401);
  });

  it('answer a caller with the token', async () => {
    expect((await control(emulator, 'GET', '/_emulator/faults')).status).toBe(200);
    expect((await control(emulator, 'DELETE', '/_emulator/requests')).status).toBe(204);
  });

  it('leave health open as the readiness probe, saying nothing secret', async () => {
    const health = await call(emulator, 'GET', '/_emulator/health');
    expect(health.status).toBe(200);
    expect(Object.keys(health.body).sort()).toEqual(['seed', 'status', 'tenantId']);
    expect(JSON.stringify(health.body)).not.toContain(emulator.controlToken);
    expect(JSON.stringify(health.headers)).not.toContain(emulator.controlToken);
  });

  it('take the token from EMULATOR_CONTROL_TOKEN or the controlToken option, and then write no file', async () => {
    expect(optionsFromEnv({ EMULATOR_CONTROL_TOKEN: 'from-env' }).controlToken).toBe('from-env');
    expect(optionsFromEnv({}).controlToken).toBeUndefined();
    const configured = await startTestEmulator({ controlToken: 'configured-token' });
    try {
      expect(configured.controlToken).toBe('configured-token');
      expect(configured.controlTokenPath).toBeNull();
      await expect(stat(path.join(configured.dataDir, 'control-token'))).rejects.toThrow();
      expect((await call(configured, 'GET', '/_emulator/faults', { headers: { [controlTokenHeader]: 'configured-token' } })).status).toBe(200);
      const refused = await call<{ error: { message: string } }>(configured, 'GET', '/_emulator/faults');
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toContain('EMULATOR_CONTROL_TOKEN');
    } finally {
      await configured.cleanup();
    }
  });
});
