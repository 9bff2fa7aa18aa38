import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_CSV_COLUMNS,
  assignmentCsvRows,
  assignmentsCsv,
  toCsv,
  toCsvField,
  type AssignmentCsvEntry,
} from './assignments-csv';
import { HELPDESK_ADMINISTRATOR } from './well-known-roles';

const helpdesk = { id: HELPDESK_ADMINISTRATOR, displayName: 'Helpdesk Administrator' };
const AU = '1a89e663-6b6b-4b0e-9d6f-6f2d2e0a1b2c';
const assignment = (id: string, principalId: string, directoryScopeId = '/') => ({
  id, roleDefinitionId: HELPDESK_ADMINISTRATOR, principalId, directoryScopeId,
});

const alice: AssignmentCsvEntry = {
  role: helpdesk,
  assignment: assignment('ra-1', '2b1b9ca5-7c5a-4cbe-9b7b-6b6e4c1d9f10'),
  principal: { type: 'user', displayName: 'Alice Wong', userPrincipalNameOrAppId: 'alice@contoso.com' },
};
const robot: AssignmentCsvEntry = {
  role: helpdesk,
  assignment: assignment('ra-2', '4d3dbec7-9e7c-4e0f-9d9d-8d8f6e3f1b32', `/administrativeUnits/${AU}`),
  principal: { type: 'servicePrincipal', displayName: 'Reset bot', userPrincipalNameOrAppId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' },
  scopeName: 'Seattle',
};
const team: AssignmentCsvEntry = {
  role: helpdesk,
  assignment: assignment('ra-3', 'a1000000-0000-4000-8000-000000000001'),
  principal: { type: 'group', displayName: 'Helpdesk team' },
  groupMembers: [
    { type: 'user', displayName: 'Bob Li', userPrincipalNameOrAppId: 'bob@contoso.com' },
    { type: 'servicePrincipal', displayName: 'Ticket sync', userPrincipalNameOrAppId: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716' },
  ],
};

describe('assignmentCsvRows', () => {
  it('starts with the header', () => {
    expect(assignmentCsvRows([])).toEqual([[...ASSIGNMENT_CSV_COLUMNS]]);
  });

  it.each<[string, AssignmentCsvEntry, string[][]]>([
    ['a user at directory scope', alice, [
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Alice Wong', 'User', 'alice@contoso.com', 'Directory', '/', 'Direct', 'ra-1', 'Active', '', ''],
    ]],
    ['a service principal at a named administrative unit', robot, [
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Reset bot', 'Service principal', '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', 'Seattle', `/administrativeUnits/${AU}`, 'Direct', 'ra-2', 'Active', '', ''],
    ]],
    ['a group, then each member through it', team, [
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Helpdesk team', 'Group', '', 'Directory', '/', 'Direct', 'ra-3', 'Active', '', ''],
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Bob Li', 'User', 'bob@contoso.com', 'Directory', '/', 'Group: Helpdesk team', 'ra-3', 'Active', '', ''],
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Ticket sync', 'Service principal', '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716', 'Directory', '/', 'Group: Helpdesk team', 'ra-3', 'Active', '', ''],
    ]],
    ['a group without members given', { ...team, groupMembers: undefined }, [
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Helpdesk team', 'Group', '', 'Directory', '/', 'Direct', 'ra-3', 'Active', '', ''],
    ]],
    ['an unnamed app registration scope', { ...alice, assignment: assignment('ra-4', alice.assignment.principalId, `/${AU}`) }, [
      ['Helpdesk Administrator', HELPDESK_ADMINISTRATOR, 'Alice Wong', 'User', 'alice@contoso.com', 'App registration', `/${AU}`, 'Direct', 'ra-4', 'Active', '', ''],
    ]],
  ])('%s', (_case, entry, expected) => {
    expect(assignmentCsvRows([entry]).slice(1)).toEqual(expected);
  });
});

describe('toCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['Wong, Alice', '"Wong, Alice"'],
    ['Alice "Al" Wong', '"Alice ""Al"" Wong"'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
    ['Zoë Ångström', 'Zoë Ångström'],
  ])('%j becomes %j', (input, expected) => {
    expect(toCsvField(input)).toBe(expected);
  });
});

describe('toCsv and assignmentsCsv', () => {
  it('joins fields with commas and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c,d', 'e']])).toBe('a,b\r\n"c,d",e\r\n');
  });

  it.each([
    [{}, false],
    [{ bom: false }, false],
    [{ bom: true }, true],
  ])('with options %j starts with a byte order mark: %s', (options, bom) => {
    expect(assignmentsCsv([alice], options).startsWith('\uFEFF')).toBe(bom);
  });

  it('writes a whole file an admin can open', () => {
    expect(assignmentsCsv([alice], { bom: true })).toBe(
      '\uFEFFRole,Role ID,Principal name,Principal type,UPN or app ID,Scope name,Scope ID,Assignment path,Assignment ID,Assignment state,Start time,End time\r\n' +
        `Helpdesk Administrator,${HELPDESK_ADMINISTRATOR},Alice Wong,User,alice@contoso.com,Directory,/,Direct,ra-1,Active,,\r\n`,
    );
  });

  it('neutralises a hostile display name in the file', () => {
    const csv = assignmentsCsv([{ ...alice, principal: { ...alice.principal, displayName: '=cmd|\' /C calc\'!A0' } }]);
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
  });
});

describe('PIM states in the file', () => {
  it('writes Eligible and Expired rows with their start and end', () => {
    const eligible: AssignmentCsvEntry = { ...alice, pim: { state: 'Eligible', startDateTime: '2026-01-01T00:00:00Z', endDateTime: null } };
    const expired: AssignmentCsvEntry = { ...robot, pim: { state: 'Expired', startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-02-01T00:00:00Z' } };
    const [header, first, second] = assignmentCsvRows([eligible, expired]);
    expect(header?.slice(-3)).toEqual(['Assignment state', 'Start time', 'End time']);
    expect(first?.slice(-3)).toEqual(['Eligible', '2026-01-01T00:00:00Z', '']);
    expect(second?.slice(-3)).toEqual(['Expired', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z']);
  });
});
