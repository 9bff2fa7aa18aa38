import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../start';
import { call, type Collection } from '../test-support';

describe('the large tenant', () => {
  it('has about one eligibility per five assignments, each with its request, some held by groups, listed in pages', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'emulator-pim-scale-'));
    const emulator = await startEmulator({ port: 0, httpsPort: null, host: '127.0.0.1', faults: {}, reset: true, dataDir, scale: { users: 800, groups: 250, assignments: 1000 }, log: () => {} });
    try {
      const db = emulator.store.db;
      const counts = await db.query<{ schedules: number; requests: number; groups: number}>(
        `select (select count(*) from pim_schedules where kind = 'eligibility')::int as schedules,
                (select count(*) from pim_requests where kind = 'eligibility')::int as requests,
                (select count(*) from pim_schedules s join groups g on g.id = s.principal_id)::int as groups`,
      );
      const row = counts.rows[0];
      expect(row?.schedules).toBeGreaterThan(150);
      expect(row?.schedules).toBeLessThanOrEqual(200);
      expect(row?.requests).toBe(row?.schedules);
      expect(row?.groups).toBeGreaterThan(0);
      const token = await emulator.identity.mintAccessTokenForTests({ app: true });
      const page = await call<Collection>(emulator, 'GET', '/v1.0/roleManagement/directory/roleEligibilityScheduleInstances?$top=100', { token });
      expect(page.body.value).toHaveLength(100);
      expect(page.body['@odata.nextLink']).toBeDefined();
    } finally {
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
