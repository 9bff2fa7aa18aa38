import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { graphForSignedInAdmin } from '@/lib/auth/session';
import { GraphError, principalKinds, searchPrincipals, toUserMessage } from '@/lib/graph/server';

// The principal picker's type-ahead: users, role-assignable groups and service principals matching `q`, read
// as the signed-in admin in one Graph $batch. Answers are the admin's own view of the directory: never cached.

const querySchema = z.object({
  q: z.string().trim().min(1, 'Type at least one character.').max(100, 'Type at most 100 characters.'),
  types: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map((type) => type.trim()) : [...principalKinds]))
    .pipe(z.array(z.enum(principalKinds)).min(1)),
});

const noStore = { 'Cache-Control': 'no-store' };

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = querySchema.safeParse({ q: params.get('q') ?? '', types: params.get('types') ?? undefined });
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'Check the search and try again.' }, { status: 400, headers: noStore });
  }
  const graph = await graphForSignedInAdmin();
  if (!graph) return NextResponse.json({ error: 'Your sign-in has expired. Sign in again to continue.' }, { status: 401, headers: noStore });
  try {
    const { principals, hasMore } = await searchPrincipals(graph, parsed.data.q, { types: parsed.data.types, top: 20 });
    return NextResponse.json({ principals, hasMore }, { headers: noStore });
  } catch (error) {
    const { message, requestId } = toUserMessage(error);
    const status = error instanceof GraphError && (error.status === 401 || error.status === 403 || error.status === 429) ? error.status : 502;
    return NextResponse.json({ error: message, requestId }, { status, headers: noStore });
  }
}
