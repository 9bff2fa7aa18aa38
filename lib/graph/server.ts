// The entry app code imports: `import { listRoleDefinitions } from '@/lib/graph/server'`.
// `server-only` makes a build fail if a client component ever pulls this in (the token and Graph's raw errors
// must stay on the server). It lives only here, not in the modules below, because `server-only` throws when
// imported outside a react-server bundle, and Vitest imports those modules under plain Node.
import 'server-only';

export * from './client';
export * from './errors';
export * from './odata';
export * from './id-schemas';
export * from './schemas';
export * from './role-definitions';
export * from './role-assignments';
export * from './users';
export * from './groups';
export * from './applications';
export * from './service-principals';
export * from './administrative-units';
export * from './audit-logs';
export * from './directory-search';
export * from './directory-object-kinds';
export * from './role-assignment-checks';
export type { DirectoryPage } from './paging';
export * from './pim-schemas';
export * from './role-schedules';
export * from './role-schedule-requests';
export * from './role-management-policies';
export * from './role-management-policy-plans';
export * from './role-definition-plans';
