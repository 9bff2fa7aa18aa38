import type { Metadata } from 'next';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { notFound } from 'next/navigation';
import { ScopedBladeHeader } from '@/components/scoped-roles/scoped-blade-header';
import { ScopedRolesList } from '@/components/scoped-roles/scoped-roles-list';
import { readSearch } from '@/lib/views/list-params';
import { isGuid } from '@/lib/graph/server';
import { loadApplication } from '@/lib/views/app-registrations';
import { loadScopedRoleList, scopedObject } from '@/lib/views/scoped-roles';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ appId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const app = await loadApplication((await params).appId);
  return { title: app ? `${app.displayName} | Roles and administrators` : 'App registration not found' };
}

export default withLoadFailure(async function AppRegistrationRolesPage({ params, searchParams }: Props) {
  const { appId } = await params;
  // The roles are read alongside the app (they need only its id); for an unknown app they are dropped.
  const listRead = isGuid(appId) ? loadScopedRoleList(scopedObject('application', appId, '')) : Promise.resolve(null);
  listRead.catch(() => undefined);
  const [app, query] = await Promise.all([loadApplication(appId), searchParams]);
  if (!app) notFound();
  const list = await listRead;
  if (!list) notFound();
  const scope = scopedObject('application', app.id, app.displayName);
  const { search, note: searchNote } = readSearch(query.search);
  return (
    <>
      <ScopedBladeHeader
        listCrumb={{ label: 'App registrations', href: '/app-registrations' }}
        name={app.displayName}
        basePath={scope.basePath}
        selected="roles"
      />
      <ListInputNotice notes={[searchNote]} />
      <ScopedRolesList scope={scope} rows={list.rows} warnings={list.warnings} initialSearch={search} />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
