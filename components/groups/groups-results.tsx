'use client';

import { PagedResults } from '@/components/list/paged-results';
import type { GroupListState, GroupRow } from '@/lib/views/groups';
import { GroupsTable } from './groups-table';

/** One page of All groups: how many match, Previous/Next, and the table (or why it is empty). */
export function GroupsResults({ rows, count, nextCursor, state, pageSize }: {
  rows: GroupRow[];
  count: number | undefined;
  nextCursor: string | null;
  state: GroupListState;
  pageSize: number;
}) {
  const filtered = Boolean(state.search || state.roleAssignable);
  return (
    <PagedResults
      shown={rows.length}
      count={count}
      pageSize={pageSize}
      after={state.after}
      nextCursor={nextCursor}
      pathname="/groups"
      query={{ search: state.search || undefined, roleAssignable: state.roleAssignable ? '1' : undefined }}
      noun={{ one: 'group', many: 'groups' }}
      filtered={filtered}
      emptyText={filtered ? 'No groups match the search and filters.' : 'There are no groups in this directory yet.'}
      clearLabel="Clear search and filters"
    >
      <GroupsTable rows={rows} />
    </PagedResults>
  );
}
