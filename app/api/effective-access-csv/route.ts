import type { NextRequest } from 'next/server';
import { csvAttachment, failure, withRouteGraph } from '@/lib/auth/route-handler';
import { getRoleDefinition, isGuid, userMessages } from '@/lib/graph/server';
import { effectiveAccessCsv, effectiveAccessCsvFileName } from '@/lib/access/effective-access-csv';
import { loadEffectiveAccessOfRole } from '@/lib/views/effective-access';

// Effective access's "Download": everyone who can use one role (`?roleId=`), and how, read with the admin's token.

export async function GET(request: NextRequest) {
  const roleId = request.nextUrl.searchParams.get('roleId') ?? '';
  if (!isGuid(roleId)) return failure(400, userMessages.invalidId('This role'));
  return withRouteGraph(
    async (graph) => {
      const [role, access] = await Promise.all([getRoleDefinition(graph, roleId), loadEffectiveAccessOfRole(graph, roleId)]);
      if (!role) return failure(404, userMessages.notFound('This role'));
      return csvAttachment(effectiveAccessCsv(role.displayName, access.holders), effectiveAccessCsvFileName(new Date(), role.displayName));
    },
    { logAs: 'Download effective access failed' },
  );
}
