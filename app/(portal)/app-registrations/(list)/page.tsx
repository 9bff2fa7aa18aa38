import type { Metadata } from 'next';
import { AppRegistrationsBlade } from '@/components/app-registrations/app-registrations-blade';
import { ListInputNotice } from '@/components/list/list-input-notice';
import { BladeHeader } from '@/components/shell/blade-header';
import { readSearch } from '@/lib/views/list-params';
import { loadApplicationRows } from '@/lib/views/app-registrations';
import { withLoadFailure } from '@/components/common/with-load-failure';

export const metadata: Metadata = { title: 'App registrations' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function AppRegistrationsPage({ searchParams }: { searchParams: SearchParams }) {
  const [rows, params] = await Promise.all([loadApplicationRows(), searchParams]);
  const { search, note } = readSearch(params.search);
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'App registrations' }]}
        title="App registrations"
        description="Select an app to see its overview and the roles assigned over it."
      />
      <ListInputNotice notes={[note]} />
      <AppRegistrationsBlade rows={rows} initialSearch={search} />
    </>
  );
});
