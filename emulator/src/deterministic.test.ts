import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config';
import { DETERMINISTIC_EPOCH } from './new-objects';
import { startEmulator } from './start';
import { call, control, personas, startTestEmulator, userToken, type Collection, type TestEmulator } from './test-support';

// Deterministic mode (--deterministic, EMULATOR_DETERMINISTIC=1): what the training guides rely on to take the same
// screenshots twice. The ids and dates of created objects must not depend on chance or on the clock.

type Group = { id: string; createdDateTime: string };
type Audit = { id: string; activityDateTime: string; activityDisplayName: string; correlationId: string };

const newGroup = { displayName: 'Contoso Tier 2 Helpdesk', mailNickname: 'tier2', mailEnabled: false, securityEnabled: true, isAssignableToRole: true };

async function createGroupAndReadAudit(emulator: TestEmulator) {
  const megan = await userToken(emulator, personas.megan, ['Directory.Read.All', 'RoleManagement.ReadWrite.Directory', 'AuditLog.Read.All']);
  const group = await call<Group>(emulator, 'POST', '/v1.0/groups', { token: megan, body: newGroup });
  expect(group.status).toBe(201);
  const read = await call<Group>(emulator, 'GET', `/v1.0/groups/${group.body.id}?$select=id,createdDateTime`, { token: megan });
  const audits = await call<Collection<Audit>>(emulator, 'GET', '/v1.0/auditLogs/directoryAudits?$top=1', { token: megan });
  return { group: read.body, audit: audits.body.value[0] };
}

describe('deterministic mode', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator({ deterministic: true });
  });
  afterAll(async () => emulator.cleanup());

  it('gives created objects counted ids and a clock that starts at a fixed instant', async () => {
    const first = await createGroupAndReadAudit(emulator);
    expect(first.group.createdDateTime).toBe(new Date(DETERMINISTIC_EPOCH + 1000).toISOString().replace('.000', ''));
    expect(first.audit).toMatchObject({ activityDisplayName: 'Add group' });
    expect(Date.parse(first.audit?.activityDateTime ?? '')).toBe(DETERMINISTIC_EPOCH + 2000);
    // Ids are GUIDs like Entra's, not "1", "2": a client that validates them must not notice.
    expect(first.group.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set([first.group.id, first.audit?.id, first.audit?.correlationId]).size).toBe(3);
  });

  it('hands out the same ids and dates again after a reset', async () => {
    await control(emulator, 'POST', '/_emulator/reset');
    const first = await createGroupAndReadAudit(emulator);
    await control(emulator, 'POST', '/_emulator/reset');
    const again = await createGroupAndReadAudit(emulator);
    expect(again).toEqual(first);
  });

  it('refuses to reopen a kept tenant, whose created objects the counted ids would collide with', async () => {
    const dataDir = emulator.dataDir;
    await emulator.stop();
    await expect(startEmulator({ port: 0, httpsPort: null, host: '127.0.0.1', faults: {}, dataDir, reset: false, deterministic: true }))
      .rejects.toThrow(ConfigError);
    emulator = await startTestEmulator({ dataDir, deterministic: true });
  });
});

describe('by default', () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => emulator.cleanup());

  it('gives created objects random ids and the real time, as Entra does', async () => {
    const before = Date.now();
    const first = await createGroupAndReadAudit(emulator);
    await control(emulator, 'POST', '/_emulator/reset');
    const again = await createGroupAndReadAudit(emulator);
    expect(again.group.id).not.toBe(first.group.id);
    expect(Date.parse(first.group.createdDateTime)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });
});
