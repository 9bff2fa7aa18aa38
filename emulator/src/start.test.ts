import { request as httpsRequest } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config';
import { wellKnownRoles } from './seed/catalog';
import { assignmentId } from './seed/ids';
import { startEmulator } from './start';
import { call, personas, userToken, type Collection } from './test-support';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'emulator-start-'));
});
afterAll(async () => rm(dataDir, { recursive: true, force: true }));

// Each start opens PGlite (seconds on a busy machine), hence the longer timeouts below.
const quiet = { port: 0, host: '127.0.0.1', faults: {}, log: () => {} };

function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpsRequest(url, { ca }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('startEmulator', () => {
  it('keeps changes across a restart, and --reset reseeds', async () => {
    const first = await startEmulator({ ...quiet, httpsPort: 0, dataDir, reset: true });
    const patti = await userToken(first, personas.patti);
    const created = await call<{ id: string }>(first, 'POST', '/v1.0/roleManagement/directory/roleAssignments', {
      token: patti,
      body: { roleDefinitionId: wellKnownRoles.globalReader, principalId: personas.alex, directoryScopeId: '/' },
    });
    expect(created.status).toBe(201);

    // Both listeners serve the same app; the https one with the certificate made on first start.
    expect(first.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await httpsGet(`${first.httpsUrl as string}/_emulator/health`, first.certificate as string);
    expect(health.status).toBe(200);
    expect(first.certificatePath).toBe(path.join(dataDir, 'tls', 'cert.pem'));
    await first.stop();

    const second = await startEmulator({ ...quiet, httpsPort: 0, dataDir, reset: false });
    try {
      // New ports mean a new issuer, so tokens are minted again.
      const kept = await call(second, 'GET', `/v1.0/roleManagement/directory/roleAssignments/${created.body.id}`, { token: await userToken(second, personas.patti) });
      expect(kept.status).toBe(200);
      expect(second.certificate).toBe(first.certificate);
    } finally {
      await second.stop();
    }

    const third = await startEmulator({ ...quiet, httpsPort: null, dataDir, reset: true });
    try {
      const token = await userToken(third, personas.patti);
      const gone = await call(third, 'GET', `/v1.0/roleManagement/directory/roleAssignments/${created.body.id}`, { token });
      expect(gone.status).toBe(404);
      const seeded = await call<Collection>(third, 'GET', '/v1.0/roleManagement/directory/roleAssignments?$count=true&$top=1', { token });
      expect(seeded.body['@odata.count']).toBe(20); // 19 plain + the PIM seed's active Reports Reader (Joni)
    } finally {
      await third.stop();
    }
  }, 120_000);

  it('refuses a non-loopback host unless remote access is allowed', async () => {
    await expect(startEmulator({ ...quiet, httpsPort: null, dataDir, host: '0.0.0.0' })).rejects.toBeInstanceOf(ConfigError);
  });

  it('generates the large tenant with every scope kind and a role holding a quarter of the assignments', async () => {
    const scaleDir = await mkdtemp(path.join(tmpdir(), 'emulator-scale-'));
    const emulator = await startEmulator({ ...quiet, httpsPort: null, dataDir: scaleDir, reset: true, scale: { users: 3000, groups: 300, assignments: 4000 } });
    try {
      const db = emulator.store.db;
      const counts = await db.query<{ users: number; groups: number; roles: number; custom: number; assignments: number }>(
        `select (select count(*) from users)::int as users, (select count(*) from groups)::int as groups,
                (select count(*) from role_definitions)::int as roles, (select count(*) from role_definitions where not is_built_in)::int as custom,
                (select count(*) from role_assignments)::int as assignments`,
      );
      // 3,000 generated users plus the one well-known admin (seed/scale.ts, scaleAdmin).
      expect(counts.rows[0]).toMatchObject({ users: 3001, groups: 300, roles: 300, custom: 155 });
      const admin = await db.query<{ upn: string }>(
        `select u.user_principal_name as upn from role_assignments ra join users u on u.id = ra.principal_id
          where ra.role_definition_id = $1 and ra.directory_scope_id = '/'`,
        [wellKnownRoles.privilegedRoleAdministrator],
      );
      expect(admin.rows.map((r) => r.upn)).toContain('PattiF@contoso.onmicrosoft.com');
      expect(counts.rows[0]?.assignments).toBeGreaterThan(3800);
      const scopes = await db.query<{ kind: string; n: number }>(
        `select case when directory_scope_id = '/' then 'tenant' when scope_administrative_unit_id is not null then 'au' else 'app' end as kind, count(*)::int as n
           from role_assignments group by 1`,
      );
      expect(scopes.rows.map((r) => r.kind).sort()).toEqual(['app', 'au', 'tenant']);
      const heavy = await db.query<{ n: number }>(`select count(*)::int as n from role_assignments where role_definition_id = $1`, [wellKnownRoles.helpdeskAdministrator]);
      expect(heavy.rows[0]?.n).toBe(1000);
      // The SQL assignment-id function and its TypeScript twin agree.
      const sample = await db.query<{ id: string; role_definition_id: string; principal_id: string; directory_scope_id: string }>(
        `select id, role_definition_id, principal_id, directory_scope_id from role_assignments where scope_administrative_unit_id is not null limit 1`,
      );
      const row = sample.rows[0];
      expect(row && assignmentId(row.role_definition_id, row.principal_id, row.directory_scope_id)).toBe(row?.id);
      const token = await emulator.identity.mintAccessTokenForTests({ app: true });
      const page = await call<Collection>(emulator, 'GET', `/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${wellKnownRoles.helpdeskAdministrator}'&$expand=principal&$top=999`, { token });
      expect(page.body.value).toHaveLength(999);
      expect(page.body['@odata.nextLink']).toBeDefined();
    } finally {
      await emulator.stop();
      await rm(scaleDir, { recursive: true, force: true });
    }
  }, 120_000);
});
