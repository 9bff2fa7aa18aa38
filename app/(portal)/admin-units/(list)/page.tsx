import type { Metadata } from 'next';
import { AdministrativeUnitsBlade } from '@/components/admin-units/admin-units-blade';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { BladeHeader } from '@/components/shell/blade-header';
import { readSearch } from '@/lib/views/list-params';
import { loadAdministrativeUnitRows } from '@/lib/views/admin-units';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'Administrative units' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function AdministrativeUnitsPage({ searchParams }: { searchParams: SearchParams }) {
  const [rows, params] = await Promise.all([loadAdministrativeUnitRows(), searchParams]);
  const { search, note } = readSearch(params.search);
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Administrative units' }]}
        title="Administrative units"
        description="Select a unit to see its members and the roles assigned over it."
      />
      <ListInputNotice notes={[note]} />
      <AdministrativeUnitsBlade rows={rows} initialSearch={search} />
    </>
  );
});
