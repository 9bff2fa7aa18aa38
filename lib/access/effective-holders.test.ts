import { describe, expect, it } from 'vitest';
import { countHolders, effectiveHolders, lossesOf, removalImpact, type Grant, type Member } from './effective-holders';

const ROLE = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const user = (id: string, displayName: string) => ({ '@odata.type': '#microsoft.graph.user', id, displayName, userPrincipalName: `${displayName.split(' ')[0]}@contoso.com` });
const grant = (id: string, principal: { id: string; '@odata.type': string; displayName: string; userPrincipalName?: string; appId?: string }, edits: Partial<Grant> = {}): Grant => ({
  id, roleId: ROLE, state: 'Active', principalId: principal.id, principal, directoryScopeId: '/', endDateTime: null, ...edits,
});
const adele = user('u1', 'Adele Vance');
const diego = user('u2', 'Diego Siciliani');
const helpdesk = { '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'Contoso_Helpdesk' };
const app = { '@odata.type': '#microsoft.graph.servicePrincipal', id: 's1', displayName: 'Contoso Sync', appId: 'a1' };
const members = new Map<string, Member[]>([['g1', [adele, diego, { ...helpdesk, id: 'g9' }]]]);

describe('effective holders', () => {
  it('lists a group as its members, each saying which group, and keeps the other ways someone holds the role', () => {
    const holders = effectiveHolders([grant('a1', helpdesk), grant('a2', adele, { state: 'Eligible', endDateTime: '2027-01-01T00:00:00Z' }), grant('a3', app)], members);
    expect(holders.map((holder) => [holder.displayName, holder.via?.groupName ?? 'Direct', holder.state])).toEqual([
      ['Adele Vance', 'Direct', 'Eligible'],
      ['Adele Vance', 'Contoso_Helpdesk', 'Active'],
      ['Contoso Sync', 'Direct', 'Active'],
      ['Diego Siciliani', 'Contoso_Helpdesk', 'Active'],
    ]);
    expect(holders.find((holder) => holder.kind === 'servicePrincipal')?.signInName).toBe('a1');
    expect(countHolders(holders)).toEqual({ people: 2, servicePrincipals: 1, active: 3, eligible: 1, throughGroups: 2 });
  });

  it('gives no one the role through an empty or unread group, or a deleted principal', () => {
    expect(effectiveHolders([grant('a1', { ...helpdesk, id: 'g2' }), { ...grant('a2', adele), principal: null }], members)).toEqual([]);
  });
});

describe('what a removal takes away', () => {
  const holders = effectiveHolders(
    [grant('a1', helpdesk), grant('a2', adele, { directoryScopeId: '/administrativeUnits/au1' }), grant('a3', diego, { state: 'Eligible' })],
    members,
  );
  const keysOf = (grantId: string) => new Set(holders.filter((holder) => holder.grantId === grantId).map((holder) => holder.key));

  it('names who loses the role when a group assignment goes: not those who hold it another way at the same scope', () => {
    expect(lossesOf(holders, keysOf('a1'))).toEqual([
      { principalId: 'u1', displayName: 'Adele Vance', kind: 'user', directoryScopeId: '/', keeps: 'nothing' },
      { principalId: 'u2', displayName: 'Diego Siciliani', kind: 'user', directoryScopeId: '/', keeps: 'eligible' },
    ]);
  });

  it('takes nothing when the tenant-wide group still covers a unit assignment that goes', () => {
    expect(lossesOf(holders, keysOf('a2'))).toEqual([]);
  });
});

describe('removal impact', () => {
  it('says who loses, who keeps it and how, and how many still hold it at the tenant', () => {
    const holders = effectiveHolders([grant('a1', helpdesk), grant('a2', adele), grant('a3', diego, { state: 'Eligible' }), grant('a4', app)], members);
    const impact = removalImpact(holders, new Set(['a1']));
    expect(impact.losses.map((loss) => [loss.displayName, loss.keeps])).toEqual([['Diego Siciliani', 'eligible']]);
    expect(impact.keeps).toEqual([{ principalId: 'u1', displayName: 'Adele Vance', how: 'directly' }]);
    expect(impact.activeAtTenantAfter).toBe(2);
    expect(removalImpact(holders, new Set(['a1', 'a2', 'a4'])).activeAtTenantAfter).toBe(0);
  });
});
