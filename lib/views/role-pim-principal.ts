import 'server-only';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import {
  GraphError,
  listRoleAssignmentScheduleInstances,
  listRoleEligibilitySchedules,
  listUserMemberOf,
  toUserMessage,
} from '@/lib/graph/server';
import { pimReadDeniedMessage, type PimMembership, type PimState } from '@/lib/roles/pim-labels';
import { eligibilityFacts, activeFacts } from '@/lib/roles/pim-rows';
import { idKey } from '@/lib/roles/role-inputs';
import { nameDirectoryScopes } from './directory-scopes';
import { roleCatalog } from './role-catalog';

// A user's or a group's roles as PIM lists them (Entra's user blade: Eligible assignments / Active assignments):
// held directly or through a role-assignable group, each with its start and end. One round of reads (the user's
// groups first, for a user), scopes expanded on the items rather than read after them.

export type PrincipalPimRow = {
  id: string;
  tab: 'eligible' | 'active';
  roleId: string;
  roleName: string;
  scopeName: string;
  membership: PimMembership;
  /** The group it is held through, for Membership "Group". */
  viaGroup: string | null;
  state: PimState;
  startDateTime: string | null;
  endDateTime: string | null;
  expiringSoon: boolean;
};

export type PrincipalPim = { ok: true; rows: PrincipalPimRow[] } | { ok: false; denied: boolean; message: string };

/** `principalId` is a user (its role-assignable groups are read too) or a group. */
export async function loadPrincipalPim(principalId: string, kind: 'user' | 'group', now = new Date()): Promise<PrincipalPim> {
  const graph = await requireGraph();
  try {
    return await withSignInOnUnauthorized(async () => {
      const groups = kind === 'user' ? (await listUserMemberOf(graph, principalId)).filter((g) => g.isAssignableToRole) : [];
      const groupNames = new Map(groups.map((g) => [idKey(g.id), g.displayName ?? g.id]));
      const principalIds = [principalId, ...groups.map((g) => g.id)];
      const [roles, eligibilities, instances] = await Promise.all([
        roleCatalog(graph),
        // Scopes come expanded: a unit or app scope is named without another round after this one.
        listRoleEligibilitySchedules(graph, { principalIds, expandDirectoryScope: true }),
        listRoleAssignmentScheduleInstances(graph, { principalIds, expandDirectoryScope: true }),
      ]);
      const roleNames = new Map<string, string>();
      for (const role of roles) {
        roleNames.set(idKey(role.id), role.displayName);
        if (role.templateId) roleNames.set(idKey(role.templateId), role.displayName);
      }
      const items = [...eligibilities, ...instances];
      const scopes = await nameDirectoryScopes(graph, items.map((item) => ({ directoryScopeId: item.directoryScopeId ?? '/', directoryScope: item.directoryScope })));
      const base = (item: (typeof items)[number]) => {
        const viaGroup = idKey(item.principalId) === idKey(principalId) ? null : (groupNames.get(idKey(item.principalId)) ?? item.principalId);
        return {
          id: item.id,
          roleId: item.roleDefinitionId,
          roleName: roleNames.get(idKey(item.roleDefinitionId)) ?? item.roleDefinitionId,
          scopeName: scopes.get(item.directoryScopeId ?? '/')?.name ?? item.directoryScopeId ?? '/',
          viaGroup,
        };
      };
      const rows: PrincipalPimRow[] = [
        ...eligibilities.map((e) => {
          const facts = eligibilityFacts(e, now);
          const row = base(e);
          return { ...row, tab: 'eligible' as const, membership: row.viaGroup ? 'Group' as const : facts.memberType, state: facts.state, startDateTime: facts.startDateTime, endDateTime: facts.endDateTime, expiringSoon: facts.expiringSoon };
        }),
        ...instances.map((i) => {
          const facts = activeFacts(i, now);
          const row = base(i);
          return { ...row, tab: 'active' as const, membership: row.viaGroup ? 'Group' as const : facts.memberType, state: facts.state, startDateTime: facts.startDateTime, endDateTime: facts.endDateTime, expiringSoon: facts.expiringSoon };
        }),
      ];
      rows.sort((a, b) => a.roleName.localeCompare(b.roleName, 'en') || a.scopeName.localeCompare(b.scopeName, 'en'));
      return { ok: true as const, rows };
    });
  } catch (error) {
    if (error instanceof GraphError && error.status === 401) throw error;
    if (error instanceof GraphError && error.status === 403) return { ok: false, denied: true, message: pimReadDeniedMessage };
    return { ok: false, denied: false, message: toUserMessage(error).message };
  }
}
