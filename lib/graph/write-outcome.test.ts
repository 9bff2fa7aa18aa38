// A write whose answer is lost must be reported from what Graph has, never guessed. Each case sends real writes to
// the emulator and then replaces one item's answer with what a bad day returns (a 500 after the write landed, a
// timeout before it was sent, a re-read that fails too), so the reconciliation is tested against real state.
import { afterEach, describe, expect, it } from 'vitest';
import { builtInRoles, graphAs } from '@/tests/graph-fixtures';
import type { BatchItemResult, BatchRequest, GraphClient } from './client';
import { GraphError } from './errors';
import { createRoleAssignments, deleteRoleAssignments, listRoleAssignments, type NewRoleAssignment } from './role-assignments';
import { listUsers } from './users';

type Twist = (request: BatchRequest, send: () => Promise<BatchItemResult>) => Promise<BatchItemResult>;

const serverError = () => new GraphError({ status: 500, code: 'InternalServerError', requestId: 'req-500' });
const timeout = () => new GraphError({ status: 0, code: 'Timeout' });
const failure = (error: GraphError): BatchItemResult => ({ ok: false, status: error.status, error });

/** The emulator-backed client, with each batch item passed through `twist` (which may send it or not). */
function twisted(graph: GraphClient, twist: Twist): GraphClient {
  return {
    ...graph,
    batch: async (requests, options) =>
      Promise.all(requests.map((request) => twist(request, async () => (await graph.batch([request], options))[0] as BatchItemResult))),
  };
}

const created: string[] = [];
afterEach(async () => {
  const { graph } = await graphAs('PattiF');
  if (created.length) await deleteRoleAssignments(graph, created.splice(0));
});

async function setUp(count: number) {
  const { graph } = await graphAs('PattiF');
  const people = (await listUsers(graph)).users.filter((u) => ['Allan Deyoung', 'Ben Walters', 'Brian Johnson'].includes(u.displayName ?? ''));
  const inputs: NewRoleAssignment[] = people.slice(0, count).map((u) => ({ roleDefinitionId: builtInRoles.reportsReader, principalId: u.id, directoryScopeId: '/' }));
  return { graph, inputs };
}

describe('removing, when an answer is lost', () => {
  it('a 500 after the delete landed is reported removed; a 500 before it, not removed; a timeout before it, unknown', async () => {
    const { graph, inputs } = await setUp(3);
    const made = await createRoleAssignments(graph, inputs);
    const ids = made.map((r) => (r.ok ? r.assignment.id : ''));
    created.push(...ids);
    const [landed, refused, timedOut] = ids.map((id) => `/roleManagement/directory/roleAssignments/${id}`);
    const client = twisted(graph, async (request, send) => {
      if (request.method !== 'DELETE') return send();
      if (request.url === landed) return (await send(), failure(serverError()));
      if (request.url === refused) return failure(serverError());
      if (request.url === timedOut) return failure(timeout());
      return send();
    });
    const results = await deleteRoleAssignments(client, ids);
    expect(results.map((r) => (r.ok ? 'removed' : r.unknown ? 'unknown' : 'not removed'))).toEqual(['removed', 'not removed', 'unknown']);
    const left = await listRoleAssignments(graph, { principalIds: inputs.map((i) => i.principalId) });
    expect(left.map((a) => a.id).sort()).toEqual([ids[1], ids[2]].sort());
  });

  it('when the re-read fails too, every open item is unknown, never not removed', async () => {
    const { graph, inputs } = await setUp(2);
    const made = await createRoleAssignments(graph, inputs);
    const ids = made.map((r) => (r.ok ? r.assignment.id : ''));
    created.push(...ids);
    const client = twisted(graph, async (request, send) => (request.method === 'DELETE' ? (await send(), failure(serverError())) : failure(serverError())));
    const results = await deleteRoleAssignments(client, ids);
    expect(results).toEqual(ids.map((id) => ({ ok: false, id, error: expect.any(GraphError), unknown: true })));
  });
});

describe('adding, when an answer is lost', () => {
  it('a timeout after the POST landed is reported added; a 500 before it, not added; a timeout before it, unknown', async () => {
    const { graph, inputs } = await setUp(3);
    const client = twisted(graph, async (request, send) => {
      const principalId = (request.body as { principalId?: string } | undefined)?.principalId;
      if (request.method !== 'POST') return send();
      if (principalId === inputs[0]?.principalId) return (await send(), failure(timeout()));
      if (principalId === inputs[1]?.principalId) return failure(serverError());
      return failure(timeout());
    });
    const results = await createRoleAssignments(client, inputs);
    for (const r of results) if (r.ok) created.push(r.assignment.id);
    expect(results.map((r) => (r.ok ? 'added' : r.unknown ? 'unknown' : 'not added'))).toEqual(['added', 'not added', 'unknown']);
    const held = await listRoleAssignments(graph, { principalIds: inputs.map((i) => i.principalId) });
    expect(held.map((a) => a.principalId)).toEqual([inputs[0]?.principalId]);
  });
});
