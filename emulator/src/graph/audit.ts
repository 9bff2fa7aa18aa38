import type { Context } from 'hono';
import type { Caller } from '../identity';
import type { NewObjects } from '../new-objects';
import type { Queryable } from '../store/db';
import { requireAuditReader } from './authorize';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { directoryAuditSpec } from './entities';
import { getOne, listCollection } from './list';
import { isGuid } from '../seed/ids';
import { notFound } from './errors';

export type AuditTarget = {
  id: string;
  displayName: string | null;
  type: 'Role' | 'User' | 'Group' | 'ServicePrincipal' | 'Application' | 'Other';
  userPrincipalName?: string | null;
  modifiedProperties?: Array<{ displayName: string; oldValue?: string | null; newValue?: string | null }>;
};

export type AuditEntry = {
  category: 'RoleManagement' | 'GroupManagement';
  activityDisplayName: string;
  operationType: 'Add' | 'Delete' | 'Update' | 'Assign' | 'Unassign';
  targets: AuditTarget[];
  additionalDetails?: Array<{ key: string; value: string }>;
  /** Which service logged it: PIM's own changes say "PIM"; the default is "Core Directory". */
  loggedByService?: 'Core Directory' | 'PIM';
};

/** Records one change in directoryAudits, inside the caller's transaction so the log and the change agree. */
export async function recordAudit(db: Queryable, c: Context<GraphEnv>, entry: AuditEntry): Promise<void> {
  const caller = c.get('caller');
  const correlation = c.req.header('client-request-id');
  const newObjects = c.get('newObjects');
  await writeAudit(db, newObjects, entry, {
    initiatedBy: await initiator(db, caller),
    userId: caller.kind === 'user' ? caller.userId : null,
    correlationId: correlation && /^[0-9a-f-]{36}$/i.test(correlation) ? correlation : newObjects.newId(),
  });
}

/** Entra logs what PIM does on its own (an activation expiring, a scheduled one starting) as the MS-PIM app. */
const pimService = { user: null, app: { appId: null, displayName: 'MS-PIM', servicePrincipalId: null, servicePrincipalName: null } };

/** Records a change no request made: PIM's own, when a schedule's time comes. */
export async function recordPimServiceAudit(db: Queryable, newObjects: NewObjects, entry: AuditEntry): Promise<void> {
  await writeAudit(db, newObjects, { ...entry, loggedByService: 'PIM' }, { initiatedBy: pimService, userId: null, correlationId: newObjects.newId() });
}

async function writeAudit(
  db: Queryable,
  newObjects: NewObjects,
  entry: AuditEntry,
  by: { initiatedBy: unknown; userId: string | null; correlationId: string },
): Promise<void> {
  await db.query(
    `insert into directory_audits (id, activity_date_time, category, activity_display_name, operation_type, result, logged_by_service,
       correlation_id, initiated_by, initiated_by_user_id, target_resources, additional_details)
     values ($1, $10, $2, $3, $4, 'success', $11, $5, $6, $7, $8, $9)`,
    [
      newObjects.newId(),
      entry.category,
      entry.activityDisplayName,
      entry.operationType,
      by.correlationId,
      JSON.stringify(by.initiatedBy),
      by.userId,
      JSON.stringify(
        entry.targets.map((t) => ({
          id: t.id,
          displayName: t.displayName,
          type: t.type,
          userPrincipalName: t.userPrincipalName ?? null,
          groupType: null,
          modifiedProperties: (t.modifiedProperties ?? []).map((m) => ({
            displayName: m.displayName,
            oldValue: m.oldValue ?? null,
            newValue: m.newValue ?? null,
          })),
        })),
      ),
      JSON.stringify(entry.additionalDetails ?? []),
      newObjects.now().toISOString(),
      entry.loggedByService ?? 'Core Directory',
    ],
  );
}

async function initiator(db: Queryable, caller: Caller) {
  if (caller.kind === 'user') {
    const result = await db.query<{ display_name: string; user_principal_name: string }>(
      'select display_name, user_principal_name from users where id = $1::uuid',
      [caller.userId],
    );
    const user = result.rows[0];
    return {
      user: { id: caller.userId, displayName: user?.display_name ?? null, userPrincipalName: user?.user_principal_name ?? null, ipAddress: null },
      app: null,
    };
  }
  const result = await db.query<{ display_name: string; app_id: string }>('select display_name, app_id from service_principals where id = $1::uuid', [
    caller.servicePrincipalId,
  ]);
  const sp = result.rows[0];
  return {
    user: null,
    app: { appId: sp?.app_id ?? caller.clientId, displayName: sp?.display_name ?? null, servicePrincipalId: caller.servicePrincipalId, servicePrincipalName: null },
  };
}

/** GET /auditLogs/directoryAudits and /{id}: newest first, $filter on activityDisplayName, activityDateTime, initiatedBy. */
export function registerAuditRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  app.get('/v1.0/auditLogs/directoryAudits', async (c) => {
    await requireAuditReader(c, db);
    return listCollection(c, db, directoryAuditSpec, 'auditLogs/directoryAudits');
  });
  app.get('/v1.0/auditLogs/directoryAudits/:id', async (c) => {
    await requireAuditReader(c, db);
    const raw = c.req.param('id');
    // Graph's audit ids are opaque strings ("Directory_…"), not object ids: one that isn't ours is not found,
    // never a 400 for a malformed object identifier.
    if (!isGuid(raw)) throw notFound(raw);
    const id = raw.toLowerCase();
    return getOne(c, db, directoryAuditSpec, 'auditLogs/directoryAudits', (params) => [`d.id = ${params.add(id)}::uuid`], raw);
  });
}
