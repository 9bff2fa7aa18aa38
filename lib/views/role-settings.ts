import 'server-only';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { GraphError, getRoleManagementPolicy, toUserMessage, type GraphClient } from '@/lib/graph/server';
import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { settingsFromRules, type RoleSettings } from '@/lib/roles/role-settings';

// A role's PIM settings, read once for whoever needs them: the Role settings page, the Add assignments panel's
// Setting step (the rules shown before submitting) and My roles' Activate panel. A reader Graph refuses (403: the
// caller holds no PIM reader role, as a plain user activating their own role) gets `ok: false`, never a failed page:
// the caller then shows Graph's defaults as defaults and lets Graph's own check decide.

export type RoleSettingsRead =
  | { ok: true; policyId: string; rules: PolicyRuleBody[]; settings: RoleSettings }
  | { ok: false; denied: boolean; notFound: boolean; message: string };

/** Reads one role's policy with the given client (no session lookup: for callers that already hold one). */
export async function readRoleSettings(graph: GraphClient, roleDefinitionId: string): Promise<RoleSettingsRead> {
  try {
    const policy = await getRoleManagementPolicy(graph, roleDefinitionId);
    if (!policy) return { ok: false, denied: false, notFound: true, message: 'This role has no PIM settings.' };
    const rules = (policy.rules ?? []) as PolicyRuleBody[];
    return { ok: true, policyId: policy.id, rules, settings: settingsFromRules(rules) };
  } catch (error) {
    if (!(error instanceof GraphError) || error.status === 401) throw error;
    return { ok: false, denied: error.status === 403, notFound: error.status === 404, message: toUserMessage(error, { subject: "This role's settings" }).message };
  }
}

/** The signed-in admin's read of a role's settings. */
export async function loadRoleSettings(roleDefinitionId: string): Promise<RoleSettingsRead> {
  const graph = await requireGraph();
  return withSignInOnUnauthorized(() => readRoleSettings(graph, roleDefinitionId));
}
