'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '@/lib/query/keys';
import { withAssignmentTotals, type RoleListRow } from '@/lib/roles/role-list-state';

async function fetchTotals(signal: AbortSignal): Promise<Record<string, number>> {
  const response = await fetch('/api/role-assignment-counts', { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { totals?: Record<string, number>; error?: string } | null;
  if (!response.ok || !body?.totals) throw new Error(body?.error ?? "The assignments couldn't be counted. Try again in a moment.");
  return body.totals;
}

/**
 * The All roles rows with their assignment counts: as the server sent them, or, in a tenant too large to count
 * before the first paint (counts null), filled in once /api/role-assignment-counts answers.
 */
export function useAssignmentCounts(listed: RoleListRow[]) {
  const pending = listed.some((row) => row.assignmentCount === null);
  const totals = useQuery({
    queryKey: queryKeys.roleAssignmentTotals(),
    queryFn: ({ signal }) => fetchTotals(signal),
    enabled: pending,
    // The counts belong to this visit of the blade: a later visit renders fresh ones from the server.
    gcTime: 0,
    retry: false,
  });
  const rows = useMemo(() => (pending && totals.data ? withAssignmentTotals(listed, totals.data) : listed), [pending, totals.data, listed]);
  return {
    rows,
    counting: pending && totals.isFetching,
    countingError: pending && totals.isError ? totals.error.message : null,
    retryCounting: () => void totals.refetch(),
  };
}
