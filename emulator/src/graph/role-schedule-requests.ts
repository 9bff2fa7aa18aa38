import type { Context } from 'hono';
import type { RequestKind } from '../pim/actions';
import { cancelScheduleRequest } from '../pim/cancel';
import { submitScheduleRequest, writePermissions } from '../pim/requests';
import { isGuid } from '../seed/ids';
import { adminRoles, permissions, requireDelegated, requirePermission, requireWrite } from './authorize';
import { readJsonBody } from './body';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { decodeOrKeep } from './decode';
import { roleAssignmentScheduleRequestSpec, roleEligibilityScheduleRequestSpec } from './entities';
import { badRequest, notFound } from './errors';
import { getOne, listCollection } from './list';
import { entity } from './respond';
import { roleRelations, withRoleRelations } from './role-assignments';
import { filterByCurrentUserOn } from './role-schedules';

const kinds: Array<{ kind: RequestKind; segment: string; currentUserContext: string }> = [
  { kind: 'eligibility', segment: 'roleEligibilityScheduleRequests', currentUserContext: 'Collection(unifiedRoleEligibilityScheduleRequest)' },
  { kind: 'assignment', segment: 'roleAssignmentScheduleRequests', currentUserContext: 'roleManagement/directory/roleAssignmentScheduleRequests' },
];

const specOf = (kind: RequestKind) => (kind === 'eligibility' ? roleEligibilityScheduleRequestSpec : roleAssignmentScheduleRequestSpec);
const readPermissions = (kind: RequestKind) => (kind === 'eligibility' ? permissions.readRoleEligibilitySchedules : permissions.readRoleAssignmentSchedules);

/**
 * PIM's write path (research §2.1-2.3): POST a request (201 with the request, outcome in `status`), list and get
 * requests (kept as history), cancel a Granted one, and filterByCurrentUser(on='principal') — the caller's own
 * requests only, never a group's (Graph's docs).
 */
export function registerRoleScheduleRequestRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  for (const { kind, segment, currentUserContext } of kinds) {
    const base = `/v1.0/roleManagement/directory/${segment}`;
    const contextPath = `roleManagement/directory/${segment}`;
    const spec = specOf(kind);
    const listOptions = {
      expandable: roleRelations,
      selectExtra: roleRelations,
      map: (rows: Record<string, unknown>[], query: Parameters<typeof withRoleRelations>[3], select: string[] | null) =>
        withRoleRelations(db, spec, rows, query, select),
    };

    app.get(base, async (c) => {
      await requireWrite(c, db, readPermissions(kind), adminRoles.pimReaders);
      return listCollection(c, db, spec, contextPath, listOptions);
    });

    app.post(base, async (c) => {
      const body = await readJsonBody(c);
      const request = await submitScheduleRequest(c, deps, kind, body);
      return entity(c, contextPath, request, { status: 201 });
    });

    app.get(`${base}/:id`, async (c: Context<GraphEnv>) => {
      const raw = c.req.param('id') ?? '';
      const on = filterByCurrentUserOn(raw);
      if (on !== null) {
        requirePermission(c, readPermissions(kind));
        const caller = requireDelegated(c);
        const value = on.toLowerCase();
        if (value !== 'principal' && value !== 'approver') throw badRequest(`The value '${on}' of parameter 'on' is not supported.`, 'BadRequest');
        // Approvals of Entra role activations are beta-only; no v1.0 caller ever has one to approve here.
        return listCollection(c, db, spec, currentUserContext, {
          ...listOptions,
          where: (params) => (value === 'approver' ? ['false'] : [`rq.principal_id = ${params.add(caller.userId)}::uuid`]),
        });
      }
      await requireWrite(c, db, readPermissions(kind), adminRoles.pimReaders);
      const id = decodeOrKeep(raw);
      if (!isGuid(id)) throw notFound(id);
      return getOne(c, db, spec, contextPath, (params) => [`rq.id = ${params.add(id.toLowerCase())}::uuid`], id, listOptions);
    });

    app.post(`${base}/:id/cancel`, async (c) => {
      requirePermission(c, writePermissions(kind));
      await cancelScheduleRequest(c, deps, kind, decodeOrKeep(c.req.param('id')));
      return c.body(null, 204);
    });
  }
}
