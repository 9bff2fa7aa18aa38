import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { UsersResults } from '@/components/users/users-results';
import { readCursorTrail, readPageOrFirst, readSearch } from '@/lib/views/list-params';
import { loadUsersPage, USERS_PAGE_SIZE } from '@/lib/views/users';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Users | All users' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { search, note: searchNote } = readSearch(params.search);
  const trail = readCursorTrail(params.after);
  const read = await readPageOrFirst(trail.after, (after) => loadUsersPage({ search, after }));
  const after = read.note ? [] : trail.after;
  const { items, count, nextCursor } = read.page;
  return (
    <>
      <ListInputNotice notes={[searchNote, trail.note ?? read.note]} />
      <UsersResults users={items} count={count} nextCursor={nextCursor} search={search} after={after} pageSize={USERS_PAGE_SIZE} />
    </>
  );
});
