// The batched-list helpers against the emulator: many lists in one $batch, each continued through its own nextLink.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graphAs, servedFor } from '@/tests/graph-fixtures';
import { countEach, listEach } from './batched-lists';
import { GraphError } from './errors';
import { listGroupMembers, listGroups } from './groups';
import { withQuery } from './odata';
import { listUsers, listUsersByIds } from './users';

const idOnly = z.object({ id: z.guid() });
const unknownGuid = '0f0e0d0c-0b0a-4909-8807-060504030201';
const sortedIds = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id).sort();

describe('listEach', () => {
  it("sends every first page in one $batch and follows each item's nextLink to the end of its own list", async () => {
    const { graph: reference } = await graphAs('app');
    const { users: everyone } = await listUsers(reference);
    const { graph, log } = await graphAs('app');
    const [bySevens, byElevens] = await listEach(
      graph,
      [withQuery('/users', { $select: 'id', $top: 7 }), withQuery('/users', { $select: 'id', $top: 11 })],
      idOnly,
      { path: '/users' },
    );
    expect(sortedIds(bySevens ?? [])).toEqual(sortedIds(everyone));
    expect(sortedIds(byElevens ?? [])).toEqual(sortedIds(everyone));
    // One $batch for both first pages, then each list's later pages on their own.
    expect(log[0]?.path).toBe('/$batch');
    const pages = log.filter((entry) => entry.path !== '/$batch');
    expect(pages).toHaveLength(Math.ceil(everyone.length / 7) - 1 + Math.ceil(everyone.length / 11) - 1);
    expect(pages.every((entry) => entry.path.includes('$skiptoken'))).toBe(true);
  });

  it('answers an empty list for a missing owner only when asked to, and throws its 404 otherwise', async () => {
    const { graph } = await graphAs('app');
    const gone = `/groups/${unknownGuid}/members`;
    expect(await listEach(graph, [gone], idOnly, { path: '/groups/{id}/members', notFoundAsEmpty: true })).toEqual([[]]);
    await expect(listEach(graph, [gone], idOnly, { path: '/groups/{id}/members' })).rejects.toSatisfy(
      (error) => error instanceof GraphError && error.status === 404,
    );
  });

  it('sends nothing for no requests', async () => {
    const { graph, log } = await graphAs('app');
    expect(await listEach(graph, [], idOnly, { path: '/users' })).toEqual([]);
    expect(log).toHaveLength(0);
  });
});

describe('in lists', () => {
  it('splits 16 ids into two `in` lists, of 15 and 1, sent in one $batch', async () => {
    const { graph: reference } = await graphAs('app');
    const ids = sortedIds((await listUsers(reference)).users).slice(0, 16);
    const { graph, log } = await graphAs('app');
    const found = await listUsersByIds(graph, ids);
    expect(sortedIds(found)).toEqual(ids);
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
    const inner = (await servedFor(log)).filter((served) => served.batchId !== undefined);
    const idsIn = (path: string) => ids.filter((id) => path.toLowerCase().includes(id.toLowerCase())).length;
    expect(inner.map((served) => idsIn(served.path)).sort((a, b) => b - a)).toEqual([15, 1]);
  });
});

describe('countEach', () => {
  it("counts each collection in one $batch, and a collection it can't read is null", async () => {
    const { graph: reference } = await graphAs('app');
    const [group] = await listGroups(reference, { roleAssignableOnly: true });
    if (!group) throw new Error('The demo tenant has no role-assignable group');
    const members = await listGroupMembers(reference, group.id);
    const { graph, log } = await graphAs('app');
    expect(await countEach(graph, [`/groups/${group.id}/members`, `/groups/${unknownGuid}/members`])).toEqual([members.length, null]);
    expect(log.map((entry) => entry.path)).toEqual(['/$batch']);
  });
});
