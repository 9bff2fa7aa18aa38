import { NextResponse } from 'next/server';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { GraphError, toUserMessage, userMessages } from '@/lib/graph/server';
import { loadRoleAssignmentTotals } from '@/lib/views/all-roles';

// All roles in a large tenant: every role's number of assignments, counted from every assignment as the signed-in
// admin sees them. The blade shows the list at once and fills the counts from here; never cached.

const noStore = { 'Cache-Control': 'no-store' };

export async function GET() {
  const graph = await graphForSignedInAdmin();
  if (!graph) return NextResponse.json({ error: userMessages.signInExpired }, { status: 401, headers: noStore });
  try {
    return NextResponse.json({ totals: await loadRoleAssignmentTotals(graph) }, { headers: noStore });
  } catch (error) {
    const { message, requestId } = toUserMessage(error);
    const status = error instanceof GraphError && [401, 403, 429].includes(error.status) ? error.status : 502;
    if (status === 502) console.error('Counting role assignments failed', error);
    return NextResponse.json({ error: message, requestId }, { status, headers: noStore });
  }
}
