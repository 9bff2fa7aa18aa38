import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { GroupsResults } from '@/components/groups/groups-results';
import { GROUPS_PAGE_SIZE, loadGroupsPage, type GroupListState } from '@/lib/views/groups';
import { readCursorTrail, readPageOrFirst, readSearch } from '@/lib/views/list-params';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Groups | All groups' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { search, note: searchNote } = readSearch(params.search);
  const trail = readCursorTrail(params.after);
  const roleAssignable = (Array.isArray(params.roleAssignable) ? params.roleAssignable[0] : params.roleAssignable) === '1';
  const read = await readPageOrFirst(trail.after, (after) => loadGroupsPage({ search, roleAssignable, after }));
  const state: GroupListState = { search, roleAssignable, after: read.note ? [] : trail.after };
  const { rows, count, nextCursor } = read.page;
  return (
    <>
      <ListInputNotice notes={[searchNote, trail.note ?? read.note]} />
      <GroupsResults rows={rows} count={count} nextCursor={nextCursor} state={state} pageSize={GROUPS_PAGE_SIZE} />
    </>
  );
});
