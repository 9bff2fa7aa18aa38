import type { Context } from 'hono';
import { adminRoles, tenantRoleIds } from '../graph/authorize';
import type { GraphDeps, GraphEnv } from '../graph/context';
import { badRequest, insufficientPrivileges, notFound } from '../graph/errors';
import { isGuid } from '../seed/ids';
import type { RequestKind } from './actions';

/**
 * Cancels a request that is still Granted (a future start): its schedule goes, and the request becomes Revoked
 * (eligibility) or Canceled (assignment), as the two cancel pages say. Any other state is refused. The request's
 * own creator may cancel it; anyone else needs Privileged Role Administrator or Global Administrator.
 */
export async function cancelScheduleRequest(c: Context<GraphEnv>, deps: GraphDeps, kind: RequestKind, id: string): Promise<void> {
  const db = deps.store.db;
  if (!isGuid(id)) throw notFound(id);
  const found = await db.query<{ status: string; target_schedule_id: string | null; created_by_user_id: string | null }>(
    'select status, target_schedule_id, created_by_user_id from pim_requests where id = $1::uuid and kind = $2',
    [id.toLowerCase(), kind],
  );
  const request = found.rows[0];
  if (!request) throw notFound(id);
  const caller = c.get('caller');
  if (caller.kind === 'user' && request.created_by_user_id !== caller.userId) {
    const held = await tenantRoleIds(db, caller.userId);
    if (!adminRoles.roleManagement.some((r) => held.has(r))) throw insufficientPrivileges();
  }
  if (request.status !== 'Granted') throw badRequest('The request cannot be canceled in its current state.', 'BadRequest');
  await db.transaction(async (tx) => {
    if (request.target_schedule_id) await tx.query('delete from pim_schedules where id = $1 and not started', [request.target_schedule_id]);
    await tx.query('update pim_requests set status = $2 where id = $1::uuid', [id.toLowerCase(), kind === 'eligibility' ? 'Revoked' : 'Canceled']);
  });
  deps.store.pimSweeper.invalidate();
}
