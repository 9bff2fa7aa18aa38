// Add assignments after its Setting step, against the emulator's Contoso tenant as Patti Fernandez (Privileged Role
// Administrator): Eligible or Active with an end go through PIM's adminAssign schedule requests, each member's line
// says what Graph answered. Other files share this emulator and its clock: these tests use roles and people no other
// file looks at, never move the clock, and put back any policy rule they change. An eligibility can't be removed in
// its first 5 minutes, so those stay until the emulator stops; active ones are removed through /roleAssignments.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getRoleManagementPolicy, updateRoleManagementPolicyRule } from '@/lib/graph/role-management-policies';
import { deleteRoleAssignments, listRoleAssignments } from '@/lib/graph/role-assignments';
import { listRoleAssignmentSchedules, listRoleEligibilitySchedules } from '@/lib/graph/role-schedules';
import { listServicePrincipals } from '@/lib/graph/service-principals';
import { listUsers } from '@/lib/graph/users';
import { RULE_IDS } from '@/lib/roles/role-settings';
import { admin, graphAs, servedFor } from '@/tests/graph-fixtures';
import { addScheduledRoleAssignmentsFor, type AddScheduledRoleAssignmentsInput } from './add-role-assignments';

const knowledgeAdministrator = 'b5a8dcf3-09d5-43a9-a639-8e29ef291470';
const searchAdministrator = '0964bb5e-9bdb-4d7b-ac29-58e794862a40';
const printerAdministrator = '644ef478-e28f-4e28-b9dc-3fdde9aa0b1f';
const DAY = 24 * 60 * 60 * 1000;
// Whole minutes, as the panel's date-time fields send them (Graph keeps seconds, not milliseconds).
const inDays = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000).toISOString();

const ids: Record<string, string> = {};
const id = (name: string) => {
  const found = ids[name];
  if (!found) throw new Error(`No object named ${name} in the demo tenant`);
  return found;
};

beforeAll(async () => {
  const { graph } = await graphAs('app');
  const [{ users }, sps] = await Promise.all([listUsers(graph), listServicePrincipals(graph)]);
  for (const user of users) if (user.displayName) ids[user.displayName] = user.id;
  for (const sp of sps) ids[`sp:${sp.displayName}`] = sp.id;
});

afterEach(async () => {
  await admin().clearFaults();
});

afterAll(async () => {
  const { graph } = await graphAs('PattiF');
  const left = await listRoleAssignments(graph, { principalIds: [id('Henrietta Mueller'), id('Enrico Cattaneo')] });
  await deleteRoleAssignments(graph, left.filter((a) => [knowledgeAdministrator, searchAdministrator, printerAdministrator].includes(a.roleDefinitionId)).map((a) => a.id));
});

const base = (roleId: string, principal: string): AddScheduledRoleAssignmentsInput => ({
  roleId, principalIds: [id(principal)], directoryScopeId: '/', assignmentType: 'eligible',
});

describe('addScheduledRoleAssignmentsFor', () => {
  it('makes a user permanently eligible through roleEligibilityScheduleRequests, never POST /roleAssignments', async () => {
    const { graph, log } = await graphAs('PattiF');
    const { result, changed } = await addScheduledRoleAssignmentsFor(graph, { ...base(knowledgeAdministrator, 'Henrietta Mueller'), justification: 'Runs the knowledge base' });
    expect(result).toMatchObject({ ok: true, message: 'Henrietta Mueller added as eligible to Knowledge Administrator at Directory scope.' });
    expect(result.details).toEqual(['Henrietta Mueller: added (eligible, Provisioned).']);
    expect(changed.map((blade) => blade.path)).toEqual(expect.arrayContaining([`/roles/${knowledgeAdministrator}`, `/users/${id('Henrietta Mueller')}`]));
    const posts = (await servedFor(log)).filter((r) => r.method === 'POST' && r.batchId !== undefined);
    expect(posts.map((r) => r.path)).toEqual(['/v1.0/roleManagement/directory/roleEligibilityScheduleRequests']);

    const [schedule] = await listRoleEligibilitySchedules(graph, { roleDefinitionId: knowledgeAdministrator, principalIds: [id('Henrietta Mueller')] });
    expect(schedule?.scheduleInfo?.expiration?.type).toBe('noExpiration');
    // Eligible is not active: the role is not in /roleAssignments.
    expect(await listRoleAssignments(graph, { roleDefinitionId: knowledgeAdministrator, principalIds: [id('Henrietta Mueller')] })).toEqual([]);
  });

  it('makes a user eligible until a date', async () => {
    const { graph } = await graphAs('PattiF');
    const end = inDays(30);
    const { result } = await addScheduledRoleAssignmentsFor(graph, { ...base(searchAdministrator, 'Enrico Cattaneo'), endDateTime: end });
    expect(result).toMatchObject({ ok: true, details: ['Enrico Cattaneo: added (eligible, Provisioned).'] });
    const [schedule] = await listRoleEligibilitySchedules(graph, { roleDefinitionId: searchAdministrator, principalIds: [id('Enrico Cattaneo')] });
    expect(schedule?.scheduleInfo?.expiration).toMatchObject({ type: 'afterDateTime' });
    expect(Date.parse(schedule?.scheduleInfo?.expiration?.endDateTime ?? '')).toBe(Date.parse(end));
  });

  it('assigns Active until a date with a justification: in /roleAssignments at once, with its end on the schedule', async () => {
    const { graph } = await graphAs('PattiF');
    const end = inDays(10);
    const { result } = await addScheduledRoleAssignmentsFor(graph, {
      ...base(searchAdministrator, 'Henrietta Mueller'), assignmentType: 'active', endDateTime: end, justification: 'Search migration',
    });
    expect(result).toMatchObject({ ok: true, message: 'Henrietta Mueller added as active to Search Administrator at Directory scope.' });
    const held = await listRoleAssignments(graph, { roleDefinitionId: searchAdministrator, principalIds: [id('Henrietta Mueller')] });
    expect(held).toHaveLength(1);
    const [schedule] = await listRoleAssignmentSchedules(graph, { roleDefinitionId: searchAdministrator, principalIds: [id('Henrietta Mueller')] });
    expect(Date.parse(schedule?.scheduleInfo?.expiration?.endDateTime ?? '')).toBe(Date.parse(end));
  });

  it('says in plain words, with Graph\u2019s message, that Active needs a justification by default, and adds nothing', async () => {
    const { graph } = await graphAs('PattiF');
    const { result, changed } = await addScheduledRoleAssignmentsFor(graph, { ...base(printerAdministrator, 'Enrico Cattaneo'), assignmentType: 'active', endDateTime: inDays(5) });
    expect(result.ok).toBe(false);
    expect(result.message).toBe('No active assignment to Printer Administrator at Directory scope is known to be added; 1 not added.');
    expect(result.details?.[0]).toContain("Enrico Cattaneo: not added. The role's settings require a justification.");
    expect(result.details?.[0]).toContain('Microsoft Graph said: "The following policy rules failed: ["JustificationRule"]"');
    expect(changed).toEqual([]);
    expect(await listRoleAssignments(graph, { roleDefinitionId: printerAdministrator, principalIds: [id('Enrico Cattaneo')] })).toEqual([]);
  });

  it('refuses an eligibility that ends beyond the role\u2019s maximum, once the role requires an end', async () => {
    const { graph } = await graphAs('PattiF');
    const policy = await getRoleManagementPolicy(graph, printerAdministrator);
    const rule = policy?.rules?.find((r) => r.id === RULE_IDS.eligibleExpiration);
    if (!policy || !rule) throw new Error('Printer Administrator has no eligibility expiration rule');
    await updateRoleManagementPolicyRule(graph, policy.id, { ...rule, isExpirationRequired: true, maximumDuration: 'P30D' });
    try {
      const permanent = await addScheduledRoleAssignmentsFor(graph, base(printerAdministrator, 'Enrico Cattaneo'));
      expect(permanent.result.details?.[0]).toContain("The role's settings don't allow this duration");
      const tooLong = await addScheduledRoleAssignmentsFor(graph, { ...base(printerAdministrator, 'Enrico Cattaneo'), endDateTime: inDays(60) });
      expect(tooLong.result.ok).toBe(false);
      expect(tooLong.result.details?.[0]).toContain('ExpirationRule');
      expect(await listRoleEligibilitySchedules(graph, { roleDefinitionId: printerAdministrator, principalIds: [id('Enrico Cattaneo')] })).toEqual([]);
    } finally {
      await updateRoleManagementPolicyRule(graph, policy.id, rule);
    }
  });

  it('refuses an eligible service principal before sending anything', async () => {
    const { graph, log } = await graphAs('PattiF');
    const { result } = await addScheduledRoleAssignmentsFor(graph, { ...base(knowledgeAdministrator, 'Henrietta Mueller'), principalIds: [id('sp:Project Tracker')] });
    expect(result).toMatchObject({ ok: false, message: 'Nothing was added. Fix the following and try again:' });
    expect(result.details).toEqual(['Project Tracker: a service principal can only be given an active assignment, not an eligible one.']);
    expect((await servedFor(log)).filter((r) => r.method === 'POST' && r.batchId !== undefined)).toEqual([]);
  });

  it('refuses an end before the start without sending anything', async () => {
    const { graph, log } = await graphAs('PattiF');
    const { result } = await addScheduledRoleAssignmentsFor(graph, { ...base(knowledgeAdministrator, 'Enrico Cattaneo'), startDateTime: inDays(3), endDateTime: inDays(2) });
    expect(result).toMatchObject({ ok: false, message: 'The assignment must end after it starts.' });
    expect(log).toEqual([]);
  });

  it('settles a lost answer by re-reading the schedules: a 500 with no eligibility behind it is "not added"', async () => {
    const { graph } = await graphAs('PattiF');
    await admin().setFaults({ paths: '^/roleManagement/directory/roleEligibilityScheduleRequests$', rate500: 1 });
    const { result, changed } = await addScheduledRoleAssignmentsFor(graph, { ...base(printerAdministrator, 'Henrietta Mueller'), endDateTime: inDays(20) });
    await admin().clearFaults();
    expect(result.ok).toBe(false);
    expect(result.details?.[0]).toMatch(/^Henrietta Mueller: not added\./);
    expect(changed).toEqual([]);
    expect(await listRoleEligibilitySchedules(graph, { roleDefinitionId: printerAdministrator, principalIds: [id('Henrietta Mueller')] })).toEqual([]);
  });
});
