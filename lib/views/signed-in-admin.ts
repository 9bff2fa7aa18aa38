import 'server-only';
import { cache } from 'react';
import { readSession, requireGraph, requireSession, withSignInOnUnauthorized } from '@/lib/auth/session';
import { getMe } from '@/lib/graph/server';
import { canManageRoleAssignments, MANAGE_ROLE_ASSIGNMENTS_DENIED } from '@/lib/roles/last-admin';
import { loadUserRoleAssignments } from './my-role-assignments';

export type SignedInAdmin = {
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** Names of the directory roles the admin holds at tenant scope, directly or through a group. */
  tenantRoleNames: string[];
  canManageRoleAssignments: boolean;
  /** Why write actions are disabled, when they are. */
  manageDeniedReason: string | null;
  /** True when Graph couldn't be read: the name comes from the token and the roles are unknown. */
  rolesUnavailable?: boolean;
};

/**
 * Who is signed in, and whether they may change role assignments, read from Graph once per request. The portal
 * uses it to disable write actions with an explanation; Graph's own 403 remains the real check.
 */
export const getSignedInAdmin = cache(async (): Promise<SignedInAdmin> => {
  const session = await requireSession();
  const graph = await requireGraph();
  return withSignInOnUnauthorized(async () => {
    const [me, mine] = await Promise.all([getMe(graph), loadUserRoleAssignments(graph, session.claims.oid)]);
    const atTenant = mine.rows.filter((row) => row.assignment.directoryScopeId === '/' && row.role);
    const templateIds = atTenant.map((row) => row.role?.templateId ?? row.role?.id ?? '');
    const names = [...new Set(atTenant.map((row) => row.role?.displayName ?? ''))].filter(Boolean).sort();
    const canManage = canManageRoleAssignments(templateIds);
    return {
      id: me.id,
      displayName: me.displayName ?? me.userPrincipalName,
      userPrincipalName: me.userPrincipalName,
      tenantRoleNames: names,
      canManageRoleAssignments: canManage,
      manageDeniedReason: canManage ? null : MANAGE_ROLE_ASSIGNMENTS_DENIED,
    };
  });
});

/** The admin's id without a Graph call, for actions that only need to know who acts (e.g. self-removal checks). */
export async function signedInUserId(): Promise<string | null> {
  return (await readSession())?.claims.oid ?? null;
}

/**
 * For the shell: the signed-in admin, or, when Graph can't be read right now, what the token says, so the frame
 * still renders and the blade inside it shows its own error with Retry. It never rejects: the shell passes it on
 * unawaited, and an expired sign-in is the blade's to redirect (its own Graph reads meet the same 401).
 */
export async function getSignedInAdminForShell(): Promise<SignedInAdmin> {
  try {
    return await getSignedInAdmin();
  } catch {
    const claims = (await readSession())?.claims;
    return {
      id: claims?.oid ?? '',
      displayName: claims?.name ?? claims?.preferred_username ?? 'Signed-in admin',
      userPrincipalName: claims?.preferred_username ?? '',
      tenantRoleNames: [],
      canManageRoleAssignments: false,
      manageDeniedReason: "Your directory roles couldn't be read from Microsoft Graph, so changes are disabled. Refresh to try again.",
      rolesUnavailable: true,
    };
  }
}
