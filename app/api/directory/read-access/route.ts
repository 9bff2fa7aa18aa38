import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { GraphError, toUserMessage } from '@/lib/graph/server';
import { principalsWithoutReadAccess } from '@/lib/views/read-access';

// The Add panel's check before Add at an administrative unit: which of the chosen users and service principals
// can't read the directory (service principals and guests without Directory Readers or the like at "/"), so could
// not use the role there. Read as the signed-in admin; never cached.

const ids = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').map((id) => id.trim()).filter(Boolean) : []))
  .pipe(z.array(z.guid('An id is malformed.')).max(20, 'Ask about at most 20 principals at a time.'));

const querySchema = z.object({ userIds: ids, servicePrincipalIds: ids });

const noStore = { 'Cache-Control': 'no-store' };

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = querySchema.safeParse({ userIds: params.get('userIds') ?? undefined, servicePrincipalIds: params.get('servicePrincipalIds') ?? undefined });
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'Check the ids and try again.' }, { status: 400, headers: noStore });
  }
  const graph = await graphForSignedInAdmin();
  if (!graph) return NextResponse.json({ error: 'Your sign-in has expired. Sign in again to continue.' }, { status: 401, headers: noStore });
  try {
    const missing = await principalsWithoutReadAccess(graph, parsed.data);
    return NextResponse.json({ missing }, { headers: noStore });
  } catch (error) {
    const { message, requestId } = toUserMessage(error);
    const status = error instanceof GraphError && [401, 403, 429].includes(error.status) ? error.status : 502;
    return NextResponse.json({ error: message, requestId }, { status, headers: noStore });
  }
}
