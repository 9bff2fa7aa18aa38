import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { invalidQuery, jsonAnswer, withRouteGraph } from '@/lib/auth/route-handler';
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

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = querySchema.safeParse({ userIds: params.get('userIds') ?? undefined, servicePrincipalIds: params.get('servicePrincipalIds') ?? undefined });
  if (!parsed.success) return invalidQuery(parsed.error, 'Check the ids and try again.');
  return withRouteGraph(async (graph) => jsonAnswer({ missing: await principalsWithoutReadAccess(graph, parsed.data) }));
}
