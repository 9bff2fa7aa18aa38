import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CustomRoleWizard } from '@/components/custom-roles/custom-role-wizard';
import { BuiltInRoleNotEditable } from '@/components/custom-roles/built-in-role-not-editable';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';
import { inputFromRole } from '@/lib/roles/custom-role-body';
import { customRoleActionsByCategory, findCustomRoleAction } from '@/lib/roles/custom-role-actions';
import { isPrivilegedAction } from '@/lib/roles/privileged';
import { loadRole } from '@/lib/views/role-blade';

type Props = { params: Promise<{ roleId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `Edit ${role.displayName}` : 'Role not found' };
}

// Inside the role's blade (its header and tabs come from the layout): Edit on a custom role's Description tab.
export default withLoadFailure(async function EditCustomRolePage({ params }: Props) {
  const role = await loadRole((await params).roleId);
  if (!role) notFound();
  if (role.isBuiltIn) return <BuiltInRoleNotEditable roleId={role.id} roleName={role.displayName} />;
  const initial = inputFromRole(role);
  // The role may hold permissions outside Microsoft's list (made elsewhere, or before the list changed): the wizard
  // shows them as added by name, labelled privileged from the server's rule.
  const privilegedUnlisted = initial.actions.filter((action) => !findCustomRoleAction(action) && isPrivilegedAction(action));
  return (
    <CustomRoleWizard
      mode={{ kind: 'edit', roleId: role.id, roleName: role.displayName }}
      initial={initial}
      catalog={customRoleActionsByCategory()}
      privilegedUnlisted={privilegedUnlisted}
    />
  );
});

export function generateMetadata(props: Props): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
