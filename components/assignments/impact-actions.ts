'use server';

import { z } from 'zod';
import { failed } from '@/lib/actions/action-result';
import { withSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { removalImpact, type Loss } from '@/lib/access/effective-holders';
import { loadEffectiveAccessOfRole } from '@/lib/views/effective-access';

export type ImpactLoss = Loss & { scopeName: string };
export type RemovalImpactRead =
  | { ok: true; losses: ImpactLoss[]; keeps: Array<{ principalId: string; displayName: string; how: string }>; activeAtTenantAfter: number; incomplete: boolean }
  | { ok: false; message: string };

const input = z.object({ roleId: z.guid(), assignmentIds: z.array(z.string().min(1).max(200)).min(1).max(500) });

/**
 * Remove's impact, read as the signed-in admin when the confirm dialog opens: everyone who can use the role (each
 * group as its members), then who loses it with these assignments and who keeps it another way.
 */
export async function readRemovalImpact(roleId: string, assignmentIds: string[]): Promise<RemovalImpactRead> {
  const parsed = input.safeParse({ roleId, assignmentIds });
  if (!parsed.success) return { ok: false, message: 'These assignments can\u2019t be read: refresh the list.' };
  const read = await withSignedInAdmin(async ({ graph }): Promise<RemovalImpactRead> => {
    try {
      const access = await loadEffectiveAccessOfRole(graph, parsed.data.roleId);
      const impact = removalImpact(access.holders, new Set(parsed.data.assignmentIds));
      const scopeNames = new Map(access.holders.map((holder) => [holder.directoryScopeId, holder.directoryScopeId === '/' ? 'Directory' : `${holder.scopeName} (${holder.scopeKindLabel})`]));
      return {
        ok: true,
        losses: impact.losses.map((loss) => ({ ...loss, scopeName: scopeNames.get(loss.directoryScopeId) ?? loss.directoryScopeId })),
        keeps: impact.keeps,
        activeAtTenantAfter: impact.activeAtTenantAfter,
        incomplete: access.eligibleNote !== null || access.groupsUnread.length > 0,
      };
    } catch (error) {
      return { ok: false, message: failed(error).message };
    }
  });
  return 'ok' in read && read.ok && 'losses' in read ? read : { ok: false, message: read.message };
}
