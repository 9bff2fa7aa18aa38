import type { Context } from 'hono';
import type { Params } from '../store/db';
import { adminRoles, permissions, requireDelegated, requirePermission, requireWrite } from './authorize';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { decodeOrKeep } from './decode';
import type { EntitySpec } from './entity';
import {
  roleAssignmentScheduleInstanceSpec,
  roleAssignmentScheduleSpec,
  roleEligibilityScheduleInstanceSpec,
  roleEligibilityScheduleSpec,
} from './entities';
import { badRequest } from './errors';
import { getOne, listCollection } from './list';
import { roleRelations, withRoleRelations } from './role-assignments';

/** `filterByCurrentUser(on='principal')` as a path segment, quotes raw or encoded, any case; `on`'s value or null. */
export function filterByCurrentUserOn(segment: string): string | null {
  const match = /^filterByCurrentUser\(on='([^']*)'\)$/i.exec(decodeOrKeep(segment));
  return match ? (match[1] as string) : null;
}

/**
 * Principals whose schedules are the caller's (our reading, listed as unverified in emulator/README): the caller
 * and the role-assignable groups the caller is a member of. `column` is the principal id column of the spec.
 */
export function currentUserPrincipals(column: string, userId: string, params: Params): string {
  const user = params.add(userId);
  return `(${column} = ${user}::uuid or ${column} in (select m.group_id from group_members m join groups g on g.id = m.group_id
            where m.member_id = ${user}::uuid and g.is_assignable_to_role))`;
}

type Collection = {
  segment: string;
  spec: EntitySpec;
  alias: string;
  accepted: readonly string[];
  /** @odata.context of filterByCurrentUser, where Graph's docs show one other than the collection's. */
  currentUserContext?: string;
};

const collections: Collection[] = [
  { segment: 'roleEligibilitySchedules', spec: roleEligibilityScheduleSpec, alias: 'es', accepted: permissions.readRoleEligibilitySchedules },
  {
    segment: 'roleEligibilityScheduleInstances',
    spec: roleEligibilityScheduleInstanceSpec,
    alias: 'ei',
    accepted: permissions.readRoleEligibilitySchedules,
    currentUserContext: 'Collection(unifiedRoleEligibilityScheduleInstance)',
  },
  { segment: 'roleAssignmentSchedules', spec: roleAssignmentScheduleSpec, alias: 'asg', accepted: permissions.readRoleAssignmentSchedules },
  { segment: 'roleAssignmentScheduleInstances', spec: roleAssignmentScheduleInstanceSpec, alias: 'ai', accepted: permissions.readRoleAssignmentSchedules },
];

const options = (c: Context<GraphEnv>, deps: GraphDeps, spec: EntitySpec, currentUser: string | null) => ({
  expandable: roleRelations,
  selectExtra: roleRelations,
  map: async (rows: Record<string, unknown>[], query: Parameters<typeof withRoleRelations>[3], select: string[] | null) => {
    const values = await withRoleRelations(deps.store.db, spec, rows, query, select);
    // Held through a group: the caller's view says so (memberType "Group"), as My roles does.
    if (currentUser) for (const value of values) if ('memberType' in value && value.principalId !== currentUser) value.memberType = 'Group';
    return values;
  },
});

/**
 * GET of PIM's read-only projections (research §2.5): eligibility schedules (current and future) and instances
 * (current), assignment schedules and instances (1:1 with /roleAssignments), each with /{id} and
 * filterByCurrentUser(on='principal'). Reads need the permission and, delegated, a PIM reader role;
 * filterByCurrentUser needs no Entra role.
 */
export function registerRoleScheduleRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  for (const entry of collections) {
    const base = `/v1.0/roleManagement/directory/${entry.segment}`;
    const contextPath = `roleManagement/directory/${entry.segment}`;
    app.get(base, async (c) => {
      await requireWrite(c, db, entry.accepted, adminRoles.pimReaders);
      return listCollection(c, db, entry.spec, contextPath, options(c, deps, entry.spec, null));
    });
    app.get(`${base}/:id`, async (c) => {
      const raw = c.req.param('id');
      const on = filterByCurrentUserOn(raw);
      if (on !== null) {
        requirePermission(c, entry.accepted);
        const caller = requireDelegated(c);
        if (on.toLowerCase() !== 'principal') throw badRequest(`The value '${on}' of parameter 'on' is not supported.`, 'BadRequest');
        return listCollection(c, db, entry.spec, entry.currentUserContext ?? contextPath, {
          ...options(c, deps, entry.spec, caller.userId),
          where: (params) => [currentUserPrincipals(`${entry.alias}.principal_id`, caller.userId, params)],
        });
      }
      await requireWrite(c, db, entry.accepted, adminRoles.pimReaders);
      const id = decodeOrKeep(raw);
      const idProperty = entry.spec.properties.find((p) => p.name === 'id');
      return getOne(c, db, entry.spec, contextPath, (params) => [`${idProperty?.sql ?? 'id'} = ${params.add(id)}`], id, options(c, deps, entry.spec, null));
    });
  }
}
