import type { Metadata } from 'next';
import { UsersResults } from '@/components/users/users-results';
import { firstParam, readCursorTrail } from '@/lib/views/directory-page';
import { loadUsersPage, USERS_PAGE_SIZE } from '@/lib/views/users';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Users | All users' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const search = firstParam(params.search);
  const after = readCursorTrail(params.after);
  const { items, count, nextCursor } = await loadUsersPage({ search, after });
  return <UsersResults users={items} count={count} nextCursor={nextCursor} search={search} after={after} pageSize={USERS_PAGE_SIZE} />;
});
