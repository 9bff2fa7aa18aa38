// The emulator killed with SIGKILL in the middle of a stream of writes must reopen consistent: each assignment
// unique per (role, principal, scope), every write the client saw acknowledged still there (or still gone), and
// the audit log's "Add/Remove member to/from role" rows agreeing with what exists. The emulator runs as a child
// process (as `npm run emulator` does), is killed a couple of seconds in, and is reopened on the same data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { optionsFromEnv } from './config';
import { wellKnownRoles } from './seed/catalog';
import { assignmentId } from './seed/ids';
import { listAll, personas, startTestEmulator, userToken, type TestEmulator } from './test-support';

const tenantId = optionsFromEnv({}).tenantId;
const automation = { id: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', secret: 'contoso-automation-secret' };
const rolesUsed = [wellKnownRoles.globalReader, wellKnownRoles.helpdeskAdministrator, wellKnownRoles.userAdministrator];
const assignmentsPath = '/v1.0/roleManagement/directory/roleAssignments';

let dataDir = '';
let child: ChildProcess | null = null;
let reopened: TestEmulator | null = null;
afterAll(async () => {
  child?.kill('SIGKILL');
  await reopened?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/**
 * Starts `emulator/src/main.ts` in a child process on free ports and resolves with its http origin. Node loads
 * tsx itself (`--import tsx`): tsx's CLI would run the emulator in a grandchild, which SIGKILL of the child spares.
 */
function startChild(args: string[]): Promise<{ process: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'emulator/src/main.ts', '--port', '0', '--https-port', '0', ...args], {
    env: { ...process.env, EMULATOR_CONTROL_TOKEN: 'crash-test', EMULATOR_FAULTS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Emulator ready on (http:\/\/[^\s]+)/.exec(output);
      if (ready?.[1]) resolve({ process: proc, url: ready[1] });
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.once('exit', (code) => reject(new Error(`the emulator exited (${code}) before it was ready:\n${output}`)));
  });
}

async function automationToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/${tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: automation.id, client_secret: automation.secret, scope: 'https://graph.microsoft.com/.default' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

type Pair = { roleDefinitionId: string; principalId: string };
/** What the client last saw acknowledged for a pair; 'unknown' when its last request got no answer. */
type Seen = 'present' | 'absent' | 'unknown';

describe('a restart after SIGKILL mid-write', () => {
  it('reopens with unique assignments, every acknowledged write kept, and an audit log that agrees', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'emulator-crash-'));
    const first = await startChild(['--reset', '--data-dir', dataDir]);
    child = first.process;
    const token = await automationToken(first.url);
    const headers = { Authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    // Pairs nobody holds in the seed, so every one starts absent with no audit rows.
    const users = (await (await fetch(`${first.url}/v1.0/users?$select=id&$top=60`, { headers })).json()) as { value: Array<{ id: string }> };
    const seeded = (await (await fetch(`${first.url}${assignmentsPath}?$top=999`, { headers })).json()) as { value: Pair[] };
    const held = new Set(seeded.value.map((a) => `${a.roleDefinitionId}|${a.principalId}`));
    const pairs: Pair[] = users.value
      .flatMap((u) => rolesUsed.map((roleDefinitionId) => ({ roleDefinitionId, principalId: u.id })))
      .filter((p) => !held.has(`${p.roleDefinitionId}|${p.principalId}`) && p.principalId !== personas.megan)
      .slice(0, 48);
    const seen = new Map<string, Seen>(pairs.map((p) => [key(p), 'absent']));
    let acknowledged = 0;
    let killed = false;

    // Each worker owns its pairs, so one pair's requests never overlap: add it, remove it, add it again, …
    const worker = async (own: Pair[]) => {
      for (let round = 0; !killed; round += 1) {
        const pair = own[round % own.length] as Pair;
        const present = seen.get(key(pair)) === 'present';
        try {
          const response = present
            ? await fetch(`${first.url}${assignmentsPath}/${assignmentIdOf(pair)}`, { method: 'DELETE', headers })
            : await fetch(`${first.url}${assignmentsPath}`, { method: 'POST', headers, body: JSON.stringify({ ...pair, directoryScopeId: '/' }) });
          await response.arrayBuffer();
          if (response.status === 201 || response.status === 204) {
            seen.set(key(pair), response.status === 201 ? 'present' : 'absent');
            acknowledged += 1;
          } else {
            seen.set(key(pair), 'unknown');
          }
        } catch {
          seen.set(key(pair), 'unknown'); // killed mid-request: it may or may not have landed
          return;
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(pairs.filter((_, i) => i % 6 === w)));
    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    // A couple of seconds in, and after enough acknowledged writes that the check means something (a loaded
    // machine writes slower); six workers keep requests in flight, so the kill lands mid-write.
    const started = performance.now();
    while (performance.now() - started < 2000 || (acknowledged < 30 && performance.now() - started < 15_000)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    killed = true;
    first.process.kill('SIGKILL');
    await Promise.all([...workers, exited]);
    child = null;
    // Nothing may still answer on its port: the process that wrote is gone, not merely its parent.
    await expect(fetch(`${first.url}/_emulator/health`)).rejects.toThrow();
    const inFlight = [...seen.values()].filter((v) => v === 'unknown').length;
    console.info(`crash test: ${acknowledged} writes acknowledged before SIGKILL, ${inFlight} in flight or refused`);
    expect(acknowledged).toBeGreaterThan(0);

    // Reopen the same data dir (no --reset) and read what survived.
    reopened = await startTestEmulator({ dataDir, reset: false, controlToken: 'crash-test' });
    const reader = await userToken(reopened, personas.megan, ['RoleManagement.Read.Directory', 'AuditLog.Read.All']);
    const { items: assignments } = await listAll<Pair & { id: string; directoryScopeId: string }>(reopened, `${assignmentsPath}?$top=999`, reader);
    const triples = assignments.map((a) => `${a.roleDefinitionId}|${a.principalId}|${a.directoryScopeId}`);
    expect(new Set(triples).size).toBe(triples.length);
    const exists = new Set(assignments.filter((a) => a.directoryScopeId === '/').map((a) => key(a)));

    for (const pair of pairs) {
      const last = seen.get(key(pair));
      if (last === 'present') expect(exists.has(key(pair)), `${key(pair)} was acknowledged as created`).toBe(true);
      if (last === 'absent') expect(exists.has(key(pair)), `${key(pair)} was acknowledged as removed (or never added)`).toBe(false);
    }

    type Audit = { activityDisplayName: string; targetResources: Array<{ id: string; type: string }> };
    const audits = [
      ...(await listAll<Audit>(reopened, `/v1.0/auditLogs/directoryAudits?$filter=${encodeURIComponent("activityDisplayName eq 'Add member to role'")}&$top=999`, reader)).items,
      ...(await listAll<Audit>(reopened, `/v1.0/auditLogs/directoryAudits?$filter=${encodeURIComponent("activityDisplayName eq 'Remove member from role'")}&$top=999`, reader)).items,
    ];
    const balance = new Map<string, number>();
    for (const audit of audits) {
      const principalId = audit.targetResources[0]?.id ?? '';
      const roleDefinitionId = audit.targetResources.find((t) => t.type === 'Role')?.id ?? '';
      const k = key({ roleDefinitionId, principalId });
      balance.set(k, (balance.get(k) ?? 0) + (audit.activityDisplayName.startsWith('Add') ? 1 : -1));
    }
    for (const pair of pairs) {
      // Adds minus removes is 1 exactly when the assignment exists: a change and its audit row commit together.
      expect(balance.get(key(pair)) ?? 0, key(pair)).toBe(exists.has(key(pair)) ? 1 : 0);
    }
  }, 120_000); // about 10 s on an idle machine; starting the child process takes far longer on a loaded one
});

const key = (p: Pair) => `${p.roleDefinitionId}|${p.principalId}`;

/** Tenant-scope assignment ids are derived from role and principal (seed/ids.ts), as the emulator hands them out. */
function assignmentIdOf(pair: Pair): string {
  return assignmentId(pair.roleDefinitionId, pair.principalId, '/');
}
