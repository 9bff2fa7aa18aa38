import { z } from 'zod';
import type { GraphClient } from './client';
import { listEach } from './batched-lists';
import { and, anyOf, assertGuid, eq, inChunks, withQuery } from './odata';
import {
  roleAssignmentScheduleInstanceSchema,
  roleAssignmentScheduleSchema,
  roleEligibilityScheduleInstanceSchema,
  roleEligibilityScheduleSchema,
  type RoleAssignmentSchedule,
  type RoleAssignmentScheduleInstance,
  type RoleEligibilitySchedule,
  type RoleEligibilityScheduleInstance,
} from './pim-schemas';

// PIM's schedules (current and future items) and instances (in effect now), for Entra roles (research §2.5).
// Eligibility schedules are the Eligible tab; assignment schedule instances are 1:1 with /roleAssignments and carry
// what /roleAssignments does not: start, end and whether the assignment was Assigned or Activated.

export const ROLE_ELIGIBILITY_SCHEDULES_PATH = '/roleManagement/directory/roleEligibilitySchedules';
export const ROLE_ELIGIBILITY_SCHEDULE_INSTANCES_PATH = '/roleManagement/directory/roleEligibilityScheduleInstances';
export const ROLE_ASSIGNMENT_SCHEDULES_PATH = '/roleManagement/directory/roleAssignmentSchedules';
export const ROLE_ASSIGNMENT_SCHEDULE_INSTANCES_PATH = '/roleManagement/directory/roleAssignmentScheduleInstances';

/** The caller's own items plus those of the role-assignable groups the caller is in (pim-contract). */
export const FILTER_BY_CURRENT_USER = "filterByCurrentUser(on='principal')";

export type ListRoleSchedulesOptions = {
  roleDefinitionId?: string;
  /** Any number: split into `in (…)` lists of MAX_IN_VALUES, sent together in one `$batch`. */
  principalIds?: readonly string[];
  /** Adds `$expand=principal`: names come with the rows, no request per row. */
  expandPrincipal?: boolean;
  /** Adds `$expand=directoryScope`: each unit or app scope comes named. */
  expandDirectoryScope?: boolean;
};

/**
 * Every item of a PIM collection matching the filters, each page followed. Shared by the schedule, instance and
 * request lists: one request without principals (or with up to 15), otherwise one `$batch` of `in` lists.
 * Throws InvalidIdError before any request when an id is malformed.
 */
export async function listPimCollection<S extends z.ZodType<{ id: string }>>(
  graph: GraphClient,
  path: string,
  schema: S,
  options: ListRoleSchedulesOptions,
): Promise<z.infer<S>[]> {
  const roleClause = options.roleDefinitionId === undefined ? undefined : eq('roleDefinitionId', assertGuid(options.roleDefinitionId, 'role definition'));
  const expand = [options.expandPrincipal ? 'principal' : null, options.expandDirectoryScope ? 'directoryScope' : null].filter(Boolean).join(',') || undefined;
  // 999 a page, as All roles reads eligibilities: a role with a few hundred holders is one round, not several.
  const pathFor = (principalClause: string | undefined) => withQuery(path, { $filter: and(roleClause, principalClause), $expand: expand, $top: 999 });

  if (options.principalIds === undefined) return (await graph.list(pathFor(undefined), schema)).items;
  const principalIds = [...new Set(options.principalIds.map((id) => assertGuid(id, 'principal').toLowerCase()))];
  if (principalIds.length === 0) return [];
  const chunks = inChunks(principalIds);
  if (chunks.length === 1) return (await graph.list(pathFor(anyOf('principalId', principalIds)), schema)).items;
  const lists = await listEach(graph, chunks.map((ids) => pathFor(anyOf('principalId', ids))), schema, { path });
  return [...new Map(lists.flat().map((item: z.infer<S>) => [item.id, item])).values()];
}

/** Current and future eligibilities (a Granted one with a future start included). */
export function listRoleEligibilitySchedules(graph: GraphClient, options: ListRoleSchedulesOptions = {}): Promise<RoleEligibilitySchedule[]> {
  return listPimCollection(graph, ROLE_ELIGIBILITY_SCHEDULES_PATH, roleEligibilityScheduleSchema, options);
}

const eligibilityPageSchema = z.object({ value: z.array(roleEligibilityScheduleSchema), '@odata.nextLink': z.string().optional() });

/**
 * The first page (up to 999, if Graph honours `$top`) of every eligibility, only what counting needs. `complete`
 * says it was all of them: All roles counts from it in its first round and, past one page, from the counts route,
 * never following tens of pages before the list can show.
 */
export async function readFirstPageOfRoleEligibilitySchedules(graph: GraphClient): Promise<{ items: RoleEligibilitySchedule[]; complete: boolean }> {
  const page = await graph.get(withQuery(ROLE_ELIGIBILITY_SCHEDULES_PATH, { $select: 'id,principalId,roleDefinitionId,directoryScopeId', $top: 999 }), eligibilityPageSchema);
  return { items: page.value, complete: page['@odata.nextLink'] === undefined };
}

/** Eligibilities in effect now. */
export function listRoleEligibilityScheduleInstances(graph: GraphClient, options: ListRoleSchedulesOptions = {}): Promise<RoleEligibilityScheduleInstance[]> {
  return listPimCollection(graph, ROLE_ELIGIBILITY_SCHEDULE_INSTANCES_PATH, roleEligibilityScheduleInstanceSchema, options);
}

/** Current and future active assignments, permanent ones made through /roleAssignments included. */
export function listRoleAssignmentSchedules(graph: GraphClient, options: ListRoleSchedulesOptions = {}): Promise<RoleAssignmentSchedule[]> {
  return listPimCollection(graph, ROLE_ASSIGNMENT_SCHEDULES_PATH, roleAssignmentScheduleSchema, options);
}

/** Active assignments in effect now, 1:1 with /roleAssignments (instance id = roleAssignment id). */
export function listRoleAssignmentScheduleInstances(graph: GraphClient, options: ListRoleSchedulesOptions = {}): Promise<RoleAssignmentScheduleInstance[]> {
  return listPimCollection(graph, ROLE_ASSIGNMENT_SCHEDULE_INSTANCES_PATH, roleAssignmentScheduleInstanceSchema, options);
}

const instancePageSchema = z.object({ value: z.array(roleAssignmentScheduleInstanceSchema), '@odata.nextLink': z.string().optional() });

/**
 * The first page (up to `top`, if Graph honours `$top`) of a role's active assignment instances. `complete` says it
 * was all of them: a role blade with more reads only the instances of the rows it shows, never every page.
 */
export async function readFirstPageOfRoleAssignmentScheduleInstances(
  graph: GraphClient,
  roleDefinitionId: string,
  top: number,
): Promise<{ items: RoleAssignmentScheduleInstance[]; complete: boolean }> {
  const $filter = eq('roleDefinitionId', assertGuid(roleDefinitionId, 'role definition'));
  const page = await graph.get(withQuery(ROLE_ASSIGNMENT_SCHEDULE_INSTANCES_PATH, { $filter, $top: top }), instancePageSchema);
  return { items: page.value, complete: page['@odata.nextLink'] === undefined };
}

/** The signed-in user's eligibilities, own and through groups (needs no Entra role). */
export async function listMyRoleEligibilitySchedules(graph: GraphClient): Promise<RoleEligibilitySchedule[]> {
  return (await graph.list(`${ROLE_ELIGIBILITY_SCHEDULES_PATH}/${FILTER_BY_CURRENT_USER}`, roleEligibilityScheduleSchema)).items;
}

/** The signed-in user's eligibilities in effect now, own and through groups. */
export async function listMyRoleEligibilityScheduleInstances(graph: GraphClient): Promise<RoleEligibilityScheduleInstance[]> {
  return (await graph.list(`${ROLE_ELIGIBILITY_SCHEDULE_INSTANCES_PATH}/${FILTER_BY_CURRENT_USER}`, roleEligibilityScheduleInstanceSchema)).items;
}

/** The signed-in user's active assignments in effect now (activations included), own and through groups. */
export async function listMyRoleAssignmentScheduleInstances(graph: GraphClient): Promise<RoleAssignmentScheduleInstance[]> {
  return (await graph.list(`${ROLE_ASSIGNMENT_SCHEDULE_INSTANCES_PATH}/${FILTER_BY_CURRENT_USER}`, roleAssignmentScheduleInstanceSchema)).items;
}

/** The signed-in user's current and future active assignments, own and through groups. */
export async function listMyRoleAssignmentSchedules(graph: GraphClient): Promise<RoleAssignmentSchedule[]> {
  return (await graph.list(`${ROLE_ASSIGNMENT_SCHEDULES_PATH}/${FILTER_BY_CURRENT_USER}`, roleAssignmentScheduleSchema)).items;
}
