import { assertGuid, segment } from './odata';
import type { PlannedRequest } from './request-plans';

// The writes on custom roles, built here once: role-definitions.ts sends exactly these, and the wizard's
// "View Graph request" and PowerShell tabs show exactly these. Pure and browser-safe, like request-plans.ts.

export const ROLE_DEFINITIONS_PATH = '/roleManagement/directory/roleDefinitions';

/** `POST /roleManagement/directory/roleDefinitions` with the unifiedRoleDefinition body (GD rbacapplication-post-roledefinitions). */
export function roleDefinitionCreatePlan(body: Record<string, unknown>): PlannedRequest {
  return { method: 'POST', url: ROLE_DEFINITIONS_PATH, body: { ...body } };
}

/** `PATCH /roleManagement/directory/roleDefinitions/{id}` with only the changed properties; Graph answers 204. */
export function roleDefinitionUpdatePlan(id: string, changes: Record<string, unknown>): PlannedRequest {
  return { method: 'PATCH', url: `${ROLE_DEFINITIONS_PATH}/${segment(assertGuid(id, 'role definition'))}`, body: { ...changes } };
}

/** `DELETE /roleManagement/directory/roleDefinitions/{id}`; Graph answers 204. */
export function roleDefinitionDeletePlan(id: string): PlannedRequest {
  return { method: 'DELETE', url: `${ROLE_DEFINITIONS_PATH}/${segment(assertGuid(id, 'role definition'))}` };
}
