import type { Metadata } from 'next';
import { RolesBlade } from '@/components/roles/roles-blade';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { BladeHeader } from '@/components/shell/blade-header';
import { parseRoleListState } from '@/lib/roles/role-list-view';
import { loadAllRoles } from '@/lib/views/all-roles';
import { readSearch } from '@/lib/views/list-params';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Roles and administrators' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function AllRolesPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ rows, eligibleCounts }, params] = await Promise.all([loadAllRoles(), searchParams]);
  const { search, note } = readSearch(params.search);
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators' }]}
        title="Roles and administrators"
        section="All roles"
        description="Select a role to see who holds it and at which scope."
      />
      <ListInputNotice notes={[note]} />
      <RolesBlade rows={rows} eligibleCounts={eligibleCounts} initialState={parseRoleListState({ ...params, search })} />
    </>
  );
});
