import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AppOverview } from '@/components/app-registrations/app-overview';
import { ScopedBladeHeader } from '@/components/scoped-roles/scoped-blade-header';
import { loadApplication, loadServicePrincipalOf } from '@/lib/views/app-registrations';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';

type Props = { params: Promise<{ appId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const app = await loadApplication((await params).appId);
  return { title: app ? `${app.displayName} | Overview` : 'App registration not found' };
}

export default withLoadFailure(async function AppRegistrationOverviewPage({ params }: Props) {
  const app = await loadApplication((await params).appId);
  if (!app) notFound();
  const sp = await loadServicePrincipalOf(app);
  return (
    <>
      <ScopedBladeHeader
        listCrumb={{ label: 'App registrations', href: '/app-registrations' }}
        name={app.displayName}
        basePath={`/app-registrations/${app.id}`}
        selected="overview"
      />
      <AppOverview
        app={{
          id: app.id,
          appId: app.appId,
          displayName: app.displayName,
          description: app.description ?? '',
          signInAudience: app.signInAudience ?? null,
          createdDateTime: app.createdDateTime ?? null,
          servicePrincipal: sp ? { id: sp.id, displayName: sp.displayName, accountEnabled: sp.accountEnabled ?? null } : null,
        }}
      />
    </>
  );
});

// A title is not worth a failed page: when Graph is throttling or down, the page below says so.
export function generateMetadata(props: Parameters<typeof readMetadata>[0]): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
