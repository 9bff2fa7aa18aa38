import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { notFound } from 'next/navigation';
import { isGuid } from '@/lib/graph/server';
import { ScopedBladeHeader } from '@/components/scoped-roles/scoped-blade-header';
import { ScopedRolesList } from '@/components/scoped-roles/scoped-roles-list';
import { readSearch } from '@/lib/views/list-params';
import { loadAdministrativeUnit } from '@/lib/views/admin-units';
import { loadScopedRoleList, scopedObject } from '@/lib/views/scoped-roles';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ unitId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const unit = await loadAdministrativeUnit((await params).unitId);
  return { title: unit ? `${unit.displayName} | Roles and administrators` : 'Administrative unit not found' };
}

export default withLoadFailure(async function AdministrativeUnitRolesPage({ params, searchParams }: Props) {
  const { unitId } = await params;
  // The roles are read alongside the unit (they need only its id); for an unknown unit they are dropped.
  const listRead = isGuid(unitId) ? loadScopedRoleList(scopedObject('administrativeUnit', unitId, '')) : Promise.resolve(null);
  listRead.catch(() => undefined);
  const [unit, query] = await Promise.all([loadAdministrativeUnit(unitId), searchParams]);
  if (!unit) notFound();
  const list = await listRead;
  if (!list) notFound();
  const scope = scopedObject('administrativeUnit', unit.id, unit.displayName);
  const { rows, warnings } = list;
  const { search, note: searchNote } = readSearch(query.search);
  return (
    <>
      <ScopedBladeHeader
        listCrumb={{ label: 'Administrative units', href: '/admin-units' }}
        name={unit.displayName}
        basePath={scope.basePath}
        selected="roles"
      />
      <ListInputNotice notes={[searchNote]} />
      <ScopedRolesList scope={scope} rows={rows} warnings={warnings} initialSearch={search} />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
