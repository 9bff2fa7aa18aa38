import { cache } from 'react';
import { listRoleDefinitions, type GraphClient, type RoleDefinition } from '@/lib/graph/server';

/**
 * The tenant's role definitions, read once per request however many parts of the page need them (the shell's
 * who-am-I and the blade both do). React's cache lasts one server request, so nothing is shared across admins.
 */
export const roleCatalog = cache((graph: GraphClient): Promise<RoleDefinition[]> => listRoleDefinitions(graph));
