'use server';

import { z } from 'zod';
import { failed, type ActionResult } from '@/lib/actions/action-result';
import { withSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { loadRoleHolders, type RoleHolder } from '@/lib/views/custom-role-holders';

export type RoleHoldersRead = { ok: true; holders: RoleHolder[] } | (ActionResult & { ok: false });

/** Delete's confirmation: who still holds the role, read as the signed-in admin when the dialog opens. */
export async function readRoleHolders(roleId: string): Promise<RoleHoldersRead> {
  const id = z.guid().safeParse(roleId);
  if (!id.success) return { ok: false, message: 'This role doesn\u2019t exist, or was deleted.' };
  const read = await withSignedInAdmin(async ({ graph }): Promise<RoleHoldersRead> => {
    try {
      return { ok: true, holders: await loadRoleHolders(graph, id.data) };
    } catch (error) {
      return { ...failed(error), ok: false };
    }
  });
  return read.ok && 'holders' in read ? read : { ...read, ok: false };
}
