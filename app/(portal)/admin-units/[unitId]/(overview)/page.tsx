import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { notFound } from 'next/navigation';
import { UnitOverview } from '@/components/admin-units/unit-overview';
import { isGuid } from '@/lib/graph/server';
import { ScopedBladeHeader } from '@/components/scoped-roles/scoped-blade-header';
import { readSearch } from '@/lib/views/list-params';
import { loadAdministrativeUnit, loadUnitMembers } from '@/lib/views/admin-units';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ unitId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const unit = await loadAdministrativeUnit((await params).unitId);
  return { title: unit ? `${unit.displayName} | Overview` : 'Administrative unit not found' };
}

export default withLoadFailure(async function AdministrativeUnitOverviewPage({ params, searchParams }: Props) {
  const { unitId } = await params;
  // Members are read alongside the unit, not after it. For an unknown unit the list (and its failure) is dropped in
  // favour of the not-found page; for a unit that exists, a failure surfaces.
  const membersRead = isGuid(unitId) ? loadUnitMembers(unitId) : Promise.resolve([]);
  membersRead.catch(() => undefined);
  const [unit, query] = await Promise.all([loadAdministrativeUnit(unitId), searchParams]);
  if (!unit) notFound();
  const rows = await membersRead;
  const { search, note: searchNote } = readSearch(query.search);
  return (
    <>
      <ScopedBladeHeader
        listCrumb={{ label: 'Administrative units', href: '/admin-units' }}
        name={unit.displayName}
        basePath={`/admin-units/${unit.id}`}
        selected="overview"
      />
      <ListInputNotice notes={[searchNote]} />
      <UnitOverview
        unit={{ id: unit.id, displayName: unit.displayName, description: unit.description ?? '', visibility: unit.visibility ?? null }}
        members={rows}
        initialSearch={search}
      />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
