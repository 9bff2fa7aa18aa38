import { directoryObjectKind } from '@/lib/graph/directory-object-kinds';

// Who can really use a role: every assignment and eligibility, with each role-assignable group replaced by its
// members (such groups cannot nest, so one level is all there is). Pure: the reads are lib/views/effective-access.ts.

/** An active assignment or a PIM eligibility of a role, as Graph lists it with its principal expanded. */
export type Grant = {
  id: string;
  roleId: string;
  state: 'Active' | 'Eligible';
  principalId: string;
  principal?: { '@odata.type'?: string | null; displayName?: string | null; userPrincipalName?: string | null; appId?: string | null; userType?: string | null } | null;
  directoryScopeId: string;
  /** Null: permanent. */
  endDateTime: string | null;
};

export type Member = { id: string; '@odata.type'?: string | null; displayName?: string | null; userPrincipalName?: string | null; appId?: string | null; userType?: string | null };

export type HolderKind = 'user' | 'servicePrincipal';

/** One way one person (or app) can use the role: directly, or through one group. */
export type EffectiveHolder = {
  key: string;
  principalId: string;
  kind: HolderKind;
  displayName: string;
  /** userPrincipalName of a user, appId of a service principal. */
  signInName: string;
  /** A user from another organisation (userType Guest). */
  guest: boolean;
  state: Grant['state'];
  /** The group the role is assigned to, when it is held through one. */
  via: { groupId: string; groupName: string } | null;
  roleId: string;
  directoryScopeId: string;
  endDateTime: string | null;
  grantId: string;
};

const kindOf = (object: Member | Grant['principal']): HolderKind | 'group' | undefined => {
  const kind = directoryObjectKind(object ?? undefined);
  if (kind === 'user' || kind === 'group' || kind === 'servicePrincipal') return kind;
  return object?.appId ? 'servicePrincipal' : object?.userPrincipalName ? 'user' : undefined;
};

/**
 * Each grant to a user or app as one holder, each grant to a group as one holder per member of the group (an empty
 * group gives no one the role). A grant whose principal Graph no longer names (deleted) gives no one the role either.
 */
export function effectiveHolders(grants: readonly Grant[], membersOfGroup: ReadonlyMap<string, readonly Member[]>): EffectiveHolder[] {
  const holders: EffectiveHolder[] = [];
  for (const grant of grants) {
    const kind = kindOf(grant.principal);
    const base = { state: grant.state, roleId: grant.roleId, directoryScopeId: grant.directoryScopeId, endDateTime: grant.endDateTime, grantId: grant.id };
    if (kind === 'group') {
      const via = { groupId: grant.principalId, groupName: grant.principal?.displayName ?? grant.principalId };
      for (const member of membersOfGroup.get(grant.principalId) ?? []) {
        const memberKind = kindOf(member);
        if (memberKind !== 'user' && memberKind !== 'servicePrincipal') continue;
        holders.push({ ...base, key: `${grant.id}:${member.id}`, principalId: member.id, kind: memberKind, displayName: member.displayName ?? member.id, signInName: (memberKind === 'user' ? member.userPrincipalName : member.appId) ?? '', guest: member.userType?.toLowerCase() === 'guest', via });
      }
    } else if (kind) {
      const principal = grant.principal;
      holders.push({ ...base, key: grant.id, principalId: grant.principalId, kind, displayName: principal?.displayName ?? grant.principalId, signInName: (kind === 'user' ? principal?.userPrincipalName : principal?.appId) ?? '', guest: principal?.userType?.toLowerCase() === 'guest', via: null });
    }
  }
  return holders.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || Number(a.via !== null) - Number(b.via !== null) || a.state.localeCompare(b.state));
}

/** The groups among the grants' principals: their members are who holds the role through them. */
export function groupPrincipalIds(grants: readonly Grant[]): string[] {
  return [...new Set(grants.filter((grant) => kindOf(grant.principal) === 'group').map((grant) => grant.principalId))];
}

/** A grant at the tenant covers every unit and app; one at a unit or app covers only that scope. */
export function covers(grantScope: string, scope: string): boolean {
  return grantScope === '/' || grantScope.toLowerCase() === scope.toLowerCase();
}

export type HolderCounts = { people: number; servicePrincipals: number; active: number; eligible: number; throughGroups: number };

/** Distinct principals, and how many of them hold the role actively, as eligible, and through a group. */
export function countHolders(holders: readonly EffectiveHolder[]): HolderCounts {
  const distinct = (list: readonly EffectiveHolder[]) => new Set(list.map((holder) => holder.principalId)).size;
  return {
    people: distinct(holders.filter((holder) => holder.kind === 'user')),
    servicePrincipals: distinct(holders.filter((holder) => holder.kind === 'servicePrincipal')),
    active: distinct(holders.filter((holder) => holder.state === 'Active')),
    eligible: distinct(holders.filter((holder) => holder.state === 'Eligible')),
    throughGroups: distinct(holders.filter((holder) => holder.via !== null)),
  };
}

/** What a removal takes from one person: the role at a scope, entirely, or only the active part (still eligible). */
export type Loss = { principalId: string; displayName: string; kind: HolderKind; directoryScopeId: string; keeps: 'nothing' | 'eligible' };

/**
 * Who loses the role when the grants `removed` go (an assignment removed, or a person taken out of a group: pass
 * the holders that go). Someone who still holds it at that scope another way (directly, another group, at the
 * tenant) loses nothing; someone left only eligible is told so.
 */
export function lossesOf(holders: readonly EffectiveHolder[], removedKeys: ReadonlySet<string>): Loss[] {
  const going = holders.filter((holder) => removedKeys.has(holder.key));
  const staying = holders.filter((holder) => !removedKeys.has(holder.key));
  const losses = new Map<string, Loss>();
  for (const holder of going) {
    const left = staying.filter((other) => other.principalId === holder.principalId && covers(other.directoryScopeId, holder.directoryScopeId));
    const stillActive = left.some((other) => other.state === 'Active');
    if (stillActive || (holder.state === 'Eligible' && left.length > 0)) continue;
    const keeps = left.length > 0 ? 'eligible' : 'nothing';
    const id = `${holder.principalId}:${holder.directoryScopeId}`;
    if (!losses.has(id)) losses.set(id, { principalId: holder.principalId, displayName: holder.displayName, kind: holder.kind, directoryScopeId: holder.directoryScopeId, keeps });
  }
  return [...losses.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

/** What removing some grants of a role does, as the confirm dialog says it. */
export type RemovalImpact = {
  /** Lose the role at a scope: entirely, or keep only an eligibility. */
  losses: Loss[];
  /** People and apps whose way through the removed grants goes, but who keep the role at that scope another way. */
  keeps: Array<{ principalId: string; displayName: string; how: string }>;
  /** Distinct principals who still hold the role actively at the tenant afterwards. */
  activeAtTenantAfter: number;
};

export function removalImpact(holders: readonly EffectiveHolder[], removedGrantIds: ReadonlySet<string>): RemovalImpact {
  const removedKeys = new Set(holders.filter((holder) => removedGrantIds.has(holder.grantId)).map((holder) => holder.key));
  const losses = lossesOf(holders, removedKeys);
  const lost = new Set(losses.filter((loss) => loss.keeps === 'nothing').map((loss) => `${loss.principalId}:${loss.directoryScopeId}`));
  const staying = holders.filter((holder) => !removedKeys.has(holder.key));
  const keeps = new Map<string, RemovalImpact['keeps'][number]>();
  for (const holder of holders.filter((item) => removedKeys.has(item.key))) {
    if (lost.has(`${holder.principalId}:${holder.directoryScopeId}`) || keeps.has(holder.principalId)) continue;
    const other = staying.find((item) => item.principalId === holder.principalId && covers(item.directoryScopeId, holder.directoryScopeId) && item.state === 'Active')
      ?? staying.find((item) => item.principalId === holder.principalId && covers(item.directoryScopeId, holder.directoryScopeId));
    if (other && !losses.some((loss) => loss.principalId === holder.principalId && loss.directoryScopeId === holder.directoryScopeId)) {
      keeps.set(holder.principalId, { principalId: holder.principalId, displayName: holder.displayName, how: other.via ? `through ${other.via.groupName}` : other.state === 'Eligible' ? 'as eligible' : 'directly' });
    }
  }
  const activeAtTenantAfter = new Set(staying.filter((holder) => holder.state === 'Active' && holder.directoryScopeId === '/').map((holder) => holder.principalId)).size;
  return { losses, keeps: [...keeps.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en')), activeAtTenantAfter };
}
