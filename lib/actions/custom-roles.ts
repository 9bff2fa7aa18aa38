import 'server-only';
import {
  createRoleDefinition,
  deleteRoleDefinition,
  findRoleDefinitionsByName,
  getRoleDefinition,
  GraphError,
  updateRoleDefinition,
  type GraphClient,
  type RoleDefinition,
} from '@/lib/graph/server';
import { CUSTOM_ROLES_DENIED, customRoleBody, customRoleChanges, inputFromRole, type CustomRoleInput } from '@/lib/roles/custom-role-body';
import { failed, unchanged, type ActionResult, type WriteOutcome } from './action-result';
import { bladesShowingRoleDefinition } from './changed-blades';

// New custom role, Edit and Delete. Each is one Graph write; what the admin is told is what Graph answered. A lost
// answer (5xx, timeout) is settled by reading the role again: created / changed / deleted, not, or unknown.

export type CustomRoleResult = ActionResult & { roleId?: string };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const graphSaid = (error: GraphError) => `Microsoft Graph: ${error.code}${error.graphMessage ? `: ${error.graphMessage}` : ''}`;

/** Graph's own sentence for a refusal (400): its words are the most precise thing to show ("Action '…' is not supported…"). */
function refusal(error: GraphError, lead: string, nothing: string): ActionResult {
  if (error.status === 403) return { ok: false, message: `${lead}: ${CUSTOM_ROLES_DENIED} ${nothing}`, requestId: error.requestId };
  if (error.status === 400 && error.graphMessage) return { ok: false, message: `${lead}: Microsoft Graph refused it: \u201C${error.graphMessage}\u201D ${nothing}`, details: [graphSaid(error)], requestId: error.requestId };
  return { ...failed(error), message: `${lead}: ${failed(error).message} ${nothing}` };
}

/** A new object may answer 404 for a few seconds (replication): read it back before the blade opens it. */
async function waitUntilReadable(graph: GraphClient, roleId: string): Promise<boolean> {
  for (let attempt = 0; attempt < 6; attempt++) {
    if (await getRoleDefinition(graph, roleId).catch(() => null)) return true;
    await pause(400 * (attempt + 1));
  }
  return false;
}

async function createdWithName(graph: GraphClient, displayName: string): Promise<RoleDefinition | null | 'unreadable'> {
  try {
    const found = await findRoleDefinitionsByName(graph, displayName);
    return found.find((role) => !role.isBuiltIn) ?? null;
  } catch {
    return 'unreadable';
  }
}

/**
 * A role of this name, other than `except`. Graph does not document whether it refuses a second custom role of the
 * same name (research: unverified), and two roles the blades can't tell apart would mislead: the portal keeps names
 * unique, which is also what lets a lost create be settled by reading the name back.
 */
async function nameTaken(graph: GraphClient, displayName: string, except?: string): Promise<Extract<CustomRoleResult, { ok: false }> | null> {
  let named: RoleDefinition[];
  try {
    named = await findRoleDefinitionsByName(graph, displayName);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    return { ok: false, message: 'Microsoft Graph failed while the name was checked, so nothing was sent. Try again in a moment.', details: [graphSaid(error)], requestId: error.requestId };
  }
  const found = named.filter((role) => role.id !== except && role.displayName.toLowerCase() === displayName.toLowerCase());
  if (!found.length) return null;
  const message = `A ${found[0]?.isBuiltIn ? 'built-in' : 'custom'} role named ${found[0]?.displayName} already exists: choose another name.`;
  return { ok: false, message, fieldErrors: { displayName: [message] } };
}

export async function createCustomRoleFor(graph: GraphClient, input: CustomRoleInput): Promise<WriteOutcome<CustomRoleResult>> {
  const body = customRoleBody(input);
  const lead = `${body.displayName} was not created`;
  const taken = await nameTaken(graph, body.displayName);
  if (taken) return unchanged({ ...taken, message: `${lead}: ${taken.message}${taken.fieldErrors ? ' Nothing was created.' : ''}` });
  let role: RoleDefinition;
  try {
    role = await createRoleDefinition(graph, body);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    if (!error.isServerOrNetworkFailure) return unchanged(refusal(error, lead, 'Nothing was created.'));
    // Was it created? A role of this name that wasn't there before says yes (names are unique among custom roles).
    const found = await createdWithName(graph, body.displayName);
    if (found && found !== 'unreadable') {
      return { result: { ok: true, roleId: found.id, message: `Created custom role ${body.displayName} (Microsoft Graph\u2019s answer was lost; a re-read found it).` }, changed: bladesShowingRoleDefinition(found.id) };
    }
    if (found === null && error.status !== 0) return unchanged({ ok: false, message: `${lead}: Microsoft Graph failed, and a re-read shows no such role. Nothing was created.`, details: [graphSaid(error)], requestId: error.requestId });
    return {
      result: { ok: false, message: `Unknown whether ${body.displayName} was created: Microsoft Graph\u2019s answer was lost. Refresh All roles in a moment before you try again.`, details: [graphSaid(error)], requestId: error.requestId },
      changed: bladesShowingRoleDefinition(null),
    };
  }
  const readable = await waitUntilReadable(graph, role.id);
  return {
    result: { ok: true, roleId: role.id, message: readable ? `Created custom role ${role.displayName}.` : `Created custom role ${role.displayName}. It can take a minute before it appears everywhere.` },
    changed: bladesShowingRoleDefinition(role.id),
  };
}

export type CustomRoleUpdate = { roleId: string; before: CustomRoleInput; after: CustomRoleInput };

export async function updateCustomRoleFor(graph: GraphClient, { roleId, before, after }: CustomRoleUpdate): Promise<WriteOutcome<CustomRoleResult>> {
  const current = await getRoleDefinition(graph, roleId);
  const name = before.displayName;
  if (!current) return { result: { ok: false, message: `${name} was not changed: it no longer exists (someone may have deleted it).` }, changed: bladesShowingRoleDefinition(roleId) };
  if (current.isBuiltIn) return unchanged({ ok: false, message: `${current.displayName} is a built-in role: its permissions can\u2019t be changed. Clone it into a custom role instead.` });
  const changes = customRoleChanges(before, after);
  if (Object.keys(changes).length === 0) return unchanged({ ok: true, roleId, message: `Nothing to save: ${name} already says this.` });
  const lead = `${name} was not changed`;
  const taken = changes.displayName ? await nameTaken(graph, changes.displayName, roleId) : null;
  if (taken) return unchanged({ ...taken, message: `${lead}: ${taken.message}${taken.fieldErrors ? ' Nothing was changed.' : ''}` });
  try {
    await updateRoleDefinition(graph, roleId, changes);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    if (error.status === 404) return { result: { ok: false, message: `${lead}: it no longer exists (someone may have deleted it).`, requestId: error.requestId }, changed: bladesShowingRoleDefinition(roleId) };
    if (!error.isServerOrNetworkFailure) return unchanged(refusal(error, lead, 'Nothing was changed.'));
    const now = await getRoleDefinition(graph, roleId).catch(() => undefined);
    const holds = now ? Object.keys(customRoleChanges(inputFromRole(now), after)).length === 0 : undefined;
    if (holds) return { result: { ok: true, roleId, message: `Saved ${after.displayName} (Microsoft Graph\u2019s answer was lost; a re-read shows the change).` }, changed: bladesShowingRoleDefinition(roleId) };
    if (holds === false && error.status !== 0) return unchanged({ ok: false, message: `${lead}: Microsoft Graph failed, and a re-read shows no change.`, details: [graphSaid(error)], requestId: error.requestId });
    return { result: { ok: false, message: `Unknown whether ${name} was changed: Microsoft Graph\u2019s answer was lost. Refresh the role in a moment to see what it holds.`, details: [graphSaid(error)], requestId: error.requestId }, changed: bladesShowingRoleDefinition(roleId) };
  }
  return { result: { ok: true, roleId, message: `Saved ${after.displayName}.` }, changed: bladesShowingRoleDefinition(roleId) };
}

export async function deleteCustomRoleFor(graph: GraphClient, { roleId, roleName }: { roleId: string; roleName: string }): Promise<WriteOutcome> {
  const lead = `${roleName} was not deleted`;
  try {
    await deleteRoleDefinition(graph, roleId);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    // DELETE is retried after a 5xx, so a 404 may be this request's own earlier try: either way the role is gone.
    if (error.status === 404) return { result: { ok: true, message: `${roleName} no longer exists: it is deleted.` }, changed: bladesShowingRoleDefinition(roleId) };
    if (!error.isServerOrNetworkFailure) return unchanged(refusal(error, lead, 'Nothing was deleted.'));
    const now = await getRoleDefinition(graph, roleId).then((role) => (role ? 'present' : 'gone'), () => 'unreadable' as const);
    if (now === 'gone') return { result: { ok: true, message: `Deleted ${roleName} (Microsoft Graph\u2019s answer was lost; a re-read shows it gone).` }, changed: bladesShowingRoleDefinition(roleId) };
    if (now === 'present' && error.status !== 0) return unchanged({ ok: false, message: `${lead}: Microsoft Graph failed, and a re-read shows it still there.`, details: [graphSaid(error)], requestId: error.requestId });
    return { result: { ok: false, message: `Unknown whether ${roleName} was deleted: Microsoft Graph\u2019s answer was lost. Refresh All roles in a moment.`, details: [graphSaid(error)], requestId: error.requestId }, changed: bladesShowingRoleDefinition(roleId) };
  }
  return { result: { ok: true, message: `Deleted custom role ${roleName}.` }, changed: bladesShowingRoleDefinition(roleId) };
}
