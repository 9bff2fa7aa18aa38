import type { Metadata } from 'next';
import { GroupsResults } from '@/components/groups/groups-results';
import { firstParam, readCursorTrail } from '@/lib/views/directory-page';
import { GROUPS_PAGE_SIZE, loadGroupsPage, type GroupListState } from '@/lib/views/groups';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Groups | All groups' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const state: GroupListState = {
    search: firstParam(params.search),
    roleAssignable: firstParam(params.roleAssignable) === '1',
    after: readCursorTrail(params.after),
  };
  const { rows, count, nextCursor } = await loadGroupsPage(state);
  return <GroupsResults rows={rows} count={count} nextCursor={nextCursor} state={state} pageSize={GROUPS_PAGE_SIZE} />;
});
