import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { GraphError, listGroupMembersPreviews, toUserMessage, userMessages } from '@/lib/graph/server';

// The Remove dialog names who loses a role with a group's assignment: each selected group's member count and its
// first few members, read as the signed-in admin in one Graph $batch. Never cached: membership changes.

const MEMBERS_PREVIEW_SIZE = 5;

const querySchema = z.object({
  groupIds: z.array(z.guid('A group id is not valid.')).min(1, 'Name at least one group.').max(100, 'Name at most 100 groups.'),
});

const noStore = { 'Cache-Control': 'no-store' };

export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse({ groupIds: request.nextUrl.searchParams.getAll('groupId') });
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'Check the groups and try again.' }, { status: 400, headers: noStore });
  }
  const graph = await graphForSignedInAdmin();
  if (!graph) return NextResponse.json({ error: userMessages.signInExpired }, { status: 401, headers: noStore });
  try {
    const previews = await listGroupMembersPreviews(graph, parsed.data.groupIds, { top: MEMBERS_PREVIEW_SIZE });
    return NextResponse.json({ groups: Object.fromEntries(previews) }, { headers: noStore });
  } catch (error) {
    const { message, requestId } = toUserMessage(error);
    const status = error instanceof GraphError && [401, 403, 429].includes(error.status) ? error.status : 502;
    if (status === 502) console.error('Reading group members failed', error);
    return NextResponse.json({ error: message, requestId }, { status, headers: noStore });
  }
}
