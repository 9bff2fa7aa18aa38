import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { invalidQuery, jsonAnswer, withRouteGraph } from '@/lib/auth/route-handler';
import { directoryScopeIdSchema, principalKinds } from '@/lib/graph/server';
import { hasControlCharacters, MAX_SEARCH_LENGTH } from '@/lib/views/list-params';
import { searchPrincipalCandidates } from '@/lib/views/principal-search';

// The principal picker's type-ahead: users, role-assignable groups and service principals matching `q`, read
// as the signed-in admin in one Graph $batch. Given roleId and directoryScopeId, each result also says whether it
// `holds` that role there (one more request). Answers are the admin's own view of the directory: never cached.

const querySchema = z.object({
  // Control characters are refused here: sent on, Graph answers 400 and the picker would report a Graph failure.
  q: z
    .string()
    .trim()
    .min(1, 'Type at least one character.')
    .max(MAX_SEARCH_LENGTH, `Type at most ${MAX_SEARCH_LENGTH} characters.`)
    .refine((q) => !hasControlCharacters(q), "A search can't contain control characters."),
  types: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map((type) => type.trim()) : [...principalKinds]))
    .pipe(z.array(z.enum(principalKinds, 'Types are user, group and servicePrincipal.')).min(1)),
  roleId: z.guid('The role id is malformed.').optional(),
  directoryScopeId: directoryScopeIdSchema.optional(),
}).refine((query) => (query.roleId === undefined) === (query.directoryScopeId === undefined), 'Give both roleId and directoryScopeId, or neither.');

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = querySchema.safeParse({
    q: params.get('q') ?? '',
    types: params.get('types') ?? undefined,
    roleId: params.get('roleId') ?? undefined,
    directoryScopeId: params.get('directoryScopeId') ?? undefined,
  });
  if (!parsed.success) return invalidQuery(parsed.error, 'Check the search and try again.');
  return withRouteGraph(
    async (graph) => {
      const { q, types, roleId, directoryScopeId } = parsed.data;
      const holding = roleId !== undefined && directoryScopeId !== undefined ? { roleId, directoryScopeId } : undefined;
      const { principals, hasMore } = await searchPrincipalCandidates(graph, q, { types, top: 20, holding });
      return jsonAnswer({ principals, hasMore });
    },
    // Graph's 400 is about the search text (a query Graph can't run), so it stays a 400, not a gateway failure.
    { passOn: [400, 401, 403, 429] },
  );
}
