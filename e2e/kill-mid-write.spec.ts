import { accounts, expect, signInThroughPicker, test } from './fixtures/portal';
import { writeFigures } from './resilience/figures';
import { graphAt, type AuditRow, type DirectoryUser } from './resilience/graph-at';
import { outcomesOf, readOutcomeBar, removeAllOnRoleBlade, type ShownOutcome } from './resilience/outcome-bar';
import { compareWithGraph } from './resilience/reported-outcome';
import { pairPorts, setPairFaults, startServerPair, type ServerPair } from './resilience/server-pair';

// Graph dies in the middle of a removal: the emulator is SIGKILLed while the portal's deletes are in flight, and
// comes back on the same data. Whatever the outcome bar then says about each assignment must be what the
// directory holds after the restart ("unknown" is allowed, and counted), and the directory itself must be
// consistent: no assignment twice, and an audit row for every change that survived. This spec has servers of its
// own (e2e/resilience/server-pair.ts, ports 30 above the run's), so the shared ones are never killed.
const GROUPS_ADMINISTRATOR = 'fdd7a751-b60b-444a-984c-02652fe8fa1c';
const people = 30;
const killAfterMs = 600;

test.use({ baseURL: `http://localhost:${pairPorts.portal}` });

let pair: ServerPair | null = null;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  pair = await startServerPair('kill-mid-write');
});
test.afterAll(async () => {
  await pair?.stop();
});

/** Adds minus removes, per principal, in the audit log's rows for the role. */
function auditBalance(adds: AuditRow[], removes: AuditRow[]): Map<string, number> {
  const balance = new Map<string, number>();
  for (const [rows, sign] of [[adds, 1], [removes, -1]] as const) {
    for (const row of rows) {
      // The member first, then the role (as emulator/src/crash-restart.test.ts reads them).
      if (row.targetResources.find((t) => t.type === 'Role')?.id !== GROUPS_ADMINISTRATOR) continue;
      const principalId = row.targetResources[0]?.id ?? '';
      balance.set(principalId, (balance.get(principalId) ?? 0) + sign);
    }
  }
  return balance;
}

test(`the emulator killed mid-removal: the bar misreports none of ${people} assignments, and the directory stays consistent`, async ({ page }) => {
  test.setTimeout(240_000);
  if (!pair) throw new Error('the server pair did not start');
  const servers = pair;
  const graph = graphAt(servers.emulatorUrl);
  const admin = accounts.globalAdministrator; // reads the audit log too, with the session's own token
  await signInThroughPicker(page, admin, '/my-roles');
  const sessionToken = (await page.context().cookies()).find((c) => c.name === 'rp_session')?.value ?? '';
  const audits = async () => auditBalance(await graph.audits('Add member to role', sessionToken), await graph.audits('Remove member from role', sessionToken));

  const chosen: DirectoryUser[] = (await graph.members()).filter((u) => u.userPrincipalName.toLowerCase() !== admin.upn.toLowerCase()).slice(0, people);
  expect(chosen).toHaveLength(people);
  const before = await audits();
  for (const user of chosen) await graph.assign(GROUPS_ADMINISTRATOR, user.id);

  await page.goto(`/roles/${GROUPS_ADMINISTRATOR}`);
  for (const user of chosen) await expect(page.getByRole('checkbox', { name: `Select ${user.displayName} at Directory` })).toBeVisible();
  // Slow deletes, so that the kill finds some landed and some still in flight.
  await setPairFaults(servers, { latencyMs: [300, 700], paths: '^/roleManagement/directory/roleAssignments/' });

  let killedAt = 0;
  let restartedAt = 0;
  let yesAt = 0;
  let crash: Promise<void> = Promise.resolve();
  await removeAllOnRoleBlade(page, people, async () => {
    yesAt = performance.now();
    crash = (async () => {
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      await servers.killEmulator();
      killedAt = performance.now();
      await servers.restartEmulator();
      restartedAt = performance.now();
    })();
  });
  let shown: ShownOutcome;
  try {
    shown = await readOutcomeBar(page, 150_000);
  } finally {
    await crash;
  }

  const after = await graph.allAssignments();
  const triples = after.map((a) => `${a.roleDefinitionId}|${a.principalId}|${a.directoryScopeId}`);
  const duplicates = triples.filter((t, i) => triples.indexOf(t) !== i);
  const held = new Set(after.filter((a) => a.roleDefinitionId === GROUPS_ADMINISTRATOR && a.directoryScopeId === '/').map((a) => a.principalId));
  const balance = await audits();
  const auditMismatches = chosen.flatMap((user) => {
    const changes = (balance.get(user.id) ?? 0) - (before.get(user.id) ?? 0);
    // One add (by the arranging) and, if the removal survived, one remove: an audit row commits with its change.
    const expected = held.has(user.id) ? 1 : 0;
    return changes === expected ? [] : [`${user.displayName}: adds minus removes ${changes}, expected ${expected}`];
  });

  const byName = new Map(chosen.map((user) => [user.displayName, user]));
  const names = chosen.map((user) => user.displayName);
  const comparison = compareWithGraph(outcomesOf(shown, names), names, (name) => !held.has(byName.get(name)?.id ?? ''));
  writeFigures('kill-mid-write', {
    people,
    killAfterYesMs: killAfterMs,
    killedSeenAfterYesMs: Math.round(killedAt - yesAt),
    restartMs: Math.round(restartedAt - killedAt),
    removedInGraph: chosen.filter((u) => !held.has(u.id)).length,
    intent: shown.intent,
    message: shown.message.split('\n')[0],
    sampleLines: shown.lines.slice(0, 3),
    ...comparison,
    duplicates: duplicates.length,
    auditMismatches: auditMismatches.length,
  });

  expect(duplicates, 'assignments held twice after the restart').toEqual([]);
  expect(auditMismatches, 'audit rows that disagree with the directory').toEqual([]);
  expect(comparison.misreported, 'assignments the bar misreported').toEqual([]);
  expect(comparison.unreported, 'assignments the bar named no outcome for').toEqual([]);
});
