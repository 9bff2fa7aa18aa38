import { describe, expect, it } from 'vitest';
import { GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR } from '@/lib/roles/well-known-roles';
import type { EffectiveHolder } from './effective-holders';
import { hygieneFindings, type HygieneRole } from './hygiene';

const roles = new Map<string, HygieneRole>([
  [GLOBAL_ADMINISTRATOR, { id: GLOBAL_ADMINISTRATOR, displayName: 'Global Administrator', privileged: true }],
  [HELPDESK_ADMINISTRATOR, { id: HELPDESK_ADMINISTRATOR, displayName: 'Helpdesk Administrator', privileged: true }],
  ['reader', { id: 'reader', displayName: 'Reports Reader', privileged: false }],
]);
let n = 0;
const holder = (edits: Partial<EffectiveHolder>): EffectiveHolder => {
  n += 1;
  return { key: `k${n}`, principalId: `p${n}`, kind: 'user', displayName: `Person ${n}`, signInName: '', guest: false, state: 'Active', via: null, roleId: GLOBAL_ADMINISTRATOR, directoryScopeId: '/', endDateTime: null, grantId: `g${n}`, ...edits };
};

describe('hygiene findings', () => {
  it('flags one Global Administrator, a permanent privileged holder, a guest and an app, and not a reader', () => {
    const findings = hygieneFindings(
      [
        holder({ displayName: 'Megan Bowen' }),
        holder({ roleId: HELPDESK_ADMINISTRATOR, displayName: 'Ravi Kumar', guest: true, endDateTime: '2027-01-01T00:00:00Z' }),
        holder({ roleId: HELPDESK_ADMINISTRATOR, displayName: 'Contoso Sync', kind: 'servicePrincipal' }),
        holder({ roleId: 'reader', displayName: 'Joni Sherman' }),
        holder({ displayName: 'Alex Wilber', state: 'Eligible' }),
      ],
      roles,
    );
    expect(findings.map((finding) => [finding.id, finding.holders.map((item) => item.displayName)])).toEqual([
      ['too-few-global-admins', ['Megan Bowen']],
      ['permanent-privileged', ['Megan Bowen']],
      ['guest-privileged', ['Ravi Kumar']],
      ['app-privileged', ['Contoso Sync']],
    ]);
  });

  it('counts Global Administrators as people, and flags more than five and more than ten privileged holdings', () => {
    const six = Array.from({ length: 6 }, () => holder({ endDateTime: '2027-01-01T00:00:00Z' }));
    const helpdesk = Array.from({ length: 5 }, () => holder({ roleId: HELPDESK_ADMINISTRATOR, endDateTime: '2027-01-01T00:00:00Z' }));
    const findings = hygieneFindings([...six, { ...six[0]!, key: 'again', via: { groupId: 'g', groupName: 'Admins' } }, ...helpdesk], roles);
    expect(findings.map((finding) => finding.title)).toEqual(['6 Global Administrators', '12 active privileged role holdings']);
  });
});
