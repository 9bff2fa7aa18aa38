// Reading one audit entry by its (opaque) id, as the Audit logs blade's details pane does.
import { describe, expect, inject, it } from 'vitest';
import { authority, graphAs } from '@/tests/graph-fixtures';
import { signInAsUser } from '@/tests/sign-in';
import { getDirectoryAudit, listDirectoryAudits } from './audit-logs';
import { createGraphClient } from './client';
import { createGroup } from './groups';

describe('one audit entry', () => {
  it('reads an entry by id as the list gives it, null for an unknown id, and asks nothing for an id that cannot be one', async () => {
    const token = await signInAsUser(authority(), 'MeganB', {
      scope: 'https://graph.microsoft.com/.default https://graph.microsoft.com/AuditLog.Read.All openid',
    });
    const log: Array<{ path: string; status: number }> = [];
    const graph = createGraphClient({ baseUrl: inject('graphBaseUrl'), accessToken: token, logger: (entry) => log.push(entry) });
    // A change of this file's own, so the log holds an entry however the files run (the group stays: see groups.test.ts).
    const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    await createGroup((await graphAs('PattiF')).graph, { displayName: `Lib audit test ${suffix}`, mailNickname: `libaudittest${suffix}`, isAssignableToRole: true });
    const [latest] = await listDirectoryAudits(graph, { top: 1 });
    if (!latest) throw new Error('The audit log is empty');
    expect(await getDirectoryAudit(graph, latest.id)).toEqual(latest);
    expect(await getDirectoryAudit(graph, 'Directory_ABCDE_12345678')).toBeNull();
    log.length = 0;
    for (const id of ['', '..', 'a/b', 'not an id', 'x'.repeat(201)]) expect(await getDirectoryAudit(graph, id)).toBeNull();
    expect(log).toEqual([]);
  });
});
