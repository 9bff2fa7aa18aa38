import type { Metadata } from 'next';
import { withLoadFailure } from '@/components/common/with-load-failure';
import { WhoCanView } from '@/components/effective-access/who-can-view';
import { BladeHeader } from '@/components/shell/blade-header';
import { loadWhoCan } from '@/lib/views/who-can';

export const metadata: Metadata = { title: 'Who can do what' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default withLoadFailure(async function WhoCanPage({ searchParams }: { searchParams: SearchParams }) {
  const q = (await searchParams).q;
  const query = typeof q === 'string' ? q.trim().slice(0, 200) : '';
  const result = query ? await loadWhoCan(query) : null;
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: 'Who can do what' }]}
        title="Who can do what"
        description="Find the roles that grant a permission, built-in and custom, then who holds each of them: directly, through a group or as eligible."
      />
      <WhoCanView key={query} result={result} />
    </>
  );
});
