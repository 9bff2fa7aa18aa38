import type { Metadata } from 'next';
import { CustomRoleWizard } from '@/components/custom-roles/custom-role-wizard';
import { BladeHeader } from '@/components/shell/blade-header';
import { withLoadFailure } from '@/components/common/with-load-failure';
import { cloneOfRole, customRoleActionsByCategory } from '@/lib/roles/custom-role-actions';
import { loadRole } from '@/lib/views/role-blade';

export const metadata: Metadata = { title: 'New custom role' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// `?from={roleId}` clones that role (Clone on its Description tab); an unknown or malformed id starts from scratch
// and says so.
export default withLoadFailure(async function NewCustomRolePage({ searchParams }: { searchParams: SearchParams }) {
  const from = (await searchParams).from;
  const source = typeof from === 'string' ? await loadRole(from) : null;
  const clone = source ? cloneOfRole(source) : null;
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: 'New custom role' }]}
        title="New custom role"
        description={typeof from === 'string' && !source ? 'The role to clone doesn\u2019t exist (it may have been deleted): starting from scratch.' : undefined}
      />
      <CustomRoleWizard
        mode={{ kind: 'create', clonedFrom: source?.displayName, leftOut: clone?.leftOut }}
        initial={{ displayName: '', description: clone?.description ?? '', isEnabled: true, actions: clone?.actions ?? [] }}
        catalog={customRoleActionsByCategory()}
        privilegedUnlisted={[]}
      />
    </>
  );
});
