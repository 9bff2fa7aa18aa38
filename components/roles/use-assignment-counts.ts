'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '@/lib/query/keys';
import { withAssignmentTotals, type RoleListRow } from '@/lib/roles/role-list-state';

type Counts = { totals: Record<string, number>; eligible: Record<string, number> | null };

async function fetchTotals(signal: AbortSignal): Promise<Counts> {
  const response = await fetch('/api/role-assignment-counts', { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (Partial<Counts> & { error?: string }) | null;
  if (!response.ok || !body?.totals) throw new Error(body?.error ?? "The assignments couldn't be counted. Try again in a moment.");
  return { totals: body.totals, eligible: body.eligible ?? null };
}

/**
 * The All roles rows with their assignment counts: as the server sent them, or, in a tenant too large to count
 * before the first paint (counts null), filled in once /api/role-assignment-counts answers.
 */
export function useAssignmentCounts(listed: RoleListRow[], listedEligible: Record<string, number> | null | 'pending' = null) {
  const eligiblePending = listedEligible === 'pending';
  const pending = listed.some((row) => row.assignmentCount === null);
  const totals = useQuery({
    queryKey: queryKeys.roleAssignmentTotals(),
    queryFn: ({ signal }) => fetchTotals(signal),
    enabled: pending || eligiblePending,
    // The counts belong to this visit of the blade: a later visit renders fresh ones from the server.
    gcTime: 0,
    retry: false,
  });
  const rows = useMemo(() => (pending && totals.data ? withAssignmentTotals(listed, totals.data.totals) : listed), [pending, totals.data, listed]);
  // Eligible holders: as the server counted them, or (past one page of eligibilities) once the route answers.
  const eligibleCounts: Record<string, number> | null | 'pending' = eligiblePending ? (totals.data ? totals.data.eligible : 'pending') : listedEligible;
  return {
    rows,
    eligibleCounts,
    counting: pending && totals.isFetching,
    countingError: pending && totals.isError ? totals.error.message : null,
    retryCounting: () => void totals.refetch(),
  };
}
