import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { invalidQuery, jsonAnswer, withRouteGraph } from '@/lib/auth/route-handler';
import { listGroupMembersPreviews } from '@/lib/graph/server';

// The Remove dialog names who loses a role with a group's assignment: each selected group's member count and its
// first few members, read as the signed-in admin in one Graph $batch. Never cached: membership changes.

const MEMBERS_PREVIEW_SIZE = 5;

const querySchema = z.object({
  groupIds: z.array(z.guid('A group id is not valid.')).min(1, 'Name at least one group.').max(100, 'Name at most 100 groups.'),
});

export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse({ groupIds: request.nextUrl.searchParams.getAll('groupId') });
  if (!parsed.success) return invalidQuery(parsed.error, 'Check the groups and try again.');
  return withRouteGraph(
    async (graph) => {
      const previews = await listGroupMembersPreviews(graph, parsed.data.groupIds, { top: MEMBERS_PREVIEW_SIZE });
      return jsonAnswer({ groups: Object.fromEntries(previews) });
    },
    { logAs: 'Reading group members failed' },
  );
}
