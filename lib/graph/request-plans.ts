import { assertDirectoryScopeId, assertGuid, assertRoleAssignmentId, chunk, segment } from './odata';

// The Graph requests behind each change, built in ONE place: lib/graph/role-assignments.ts sends exactly these
// (through $batch), and "View Graph request" shows exactly these before the admin confirms. Pure and
// browser-safe: no client, no token, no base URL (the caller adds its own).

export const ROLE_ASSIGNMENTS_PATH = '/roleManagement/directory/roleAssignments';

/** Graph's JSON batching limit: at most 20 requests per `POST /$batch`. */
export const GRAPH_BATCH_LIMIT = 20;

export type PlannedRequest = {
  method: 'POST' | 'DELETE' | 'PATCH';
  /** Relative to the version root (`/roleManagement/...`), as a $batch item's url. */
  url: string;
  body?: Record<string, unknown>;
};

export type NewRoleAssignment = {
  roleDefinitionId: string;
  principalId: string;
  /** "/", "/administrativeUnits/{id}" or "/{applicationObjectId}". */
  directoryScopeId: string;
};

/** The assignment with every id checked; throws InvalidIdError before any request is built. */
export function validatedRoleAssignment(input: NewRoleAssignment): NewRoleAssignment {
  return {
    roleDefinitionId: assertGuid(input.roleDefinitionId, 'role definition'),
    principalId: assertGuid(input.principalId, 'principal'),
    directoryScopeId: assertDirectoryScopeId(input.directoryScopeId),
  };
}

/** `POST /roleManagement/directory/roleAssignments` with the unifiedRoleAssignment body Graph documents. */
export function roleAssignmentCreateRequest(input: NewRoleAssignment): PlannedRequest {
  const checked = validatedRoleAssignment(input);
  return {
    method: 'POST',
    url: ROLE_ASSIGNMENTS_PATH,
    body: {
      '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
      roleDefinitionId: checked.roleDefinitionId,
      principalId: checked.principalId,
      directoryScopeId: checked.directoryScopeId,
    },
  };
}

/** One create request per assignment, in order; every id is checked before any request is returned. */
export function roleAssignmentCreateRequests(inputs: readonly NewRoleAssignment[]): PlannedRequest[] {
  return inputs.map(roleAssignmentCreateRequest);
}

/** `DELETE /roleManagement/directory/roleAssignments/{id}`. */
export function roleAssignmentDeleteRequest(id: string): PlannedRequest {
  return { method: 'DELETE', url: `${ROLE_ASSIGNMENTS_PATH}/${segment(assertRoleAssignmentId(id))}` };
}

export function roleAssignmentDeleteRequests(ids: readonly string[]): PlannedRequest[] {
  return ids.map(roleAssignmentDeleteRequest);
}

/**
 * The `$batch` bodies these requests travel in, as Graph's JSON batching format writes them (ids "1", "2", … per
 * batch). The portal's client adds a `client-request-id` header to each item as well, different every time.
 */
export function batchBodies(requests: readonly PlannedRequest[]) {
  return chunk(requests, GRAPH_BATCH_LIMIT).map((group) => ({
    requests: group.map((request, index) => ({
      id: String(index + 1),
      method: request.method,
      url: request.url,
      ...(request.body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: request.body }),
    })),
  }));
}

/** A request as an HTTP message: request line with the absolute URL, then the JSON body (2-space indent) if any. */
export function httpText(request: PlannedRequest, baseUrl: string): string {
  const line = `${request.method} ${baseUrl.replace(/\/+$/, '')}${request.url}`;
  return request.body === undefined ? line : `${line}\nContent-Type: application/json\n\n${JSON.stringify(request.body, null, 2)}`;
}
