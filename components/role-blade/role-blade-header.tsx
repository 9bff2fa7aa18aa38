'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import { DocumentText20Regular, PeopleSearch20Regular, People20Regular, Settings20Regular } from '@fluentui/react-icons';
import { BladeTabs } from '@/components/common/blade-tabs';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import type { RoleSummary } from '@/lib/views/role-blade';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * The role blade's chrome, as Entra draws it: "Home > Roles and administrators > {role}", the title
 * "{role} | Assignments", and the Assignments, Description, Effective access and Role settings tabs, each its own URL.
 */
export function RoleBladeHeader({ role }: { role: RoleSummary }) {
  const styles = useStyles();
  const base = `/roles/${role.id}`;
  return (
    <BladeTabs
      crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: role.displayName }]}
      title={role.displayName}
      label="Role blade sections"
      pages={[{ href: `${base}/edit`, label: 'Edit' }]}
      tabs={[
        { label: 'Assignments', href: base, icon: <People20Regular /> },
        { label: 'Description', href: `${base}/description`, icon: <DocumentText20Regular /> },
        // Everyone who can use the role, each group as its members: beyond what Entra's blade shows.
        { label: 'Effective access', href: `${base}/access`, icon: <PeopleSearch20Regular /> },
        // PIM's role settings (activation, assignment and notification rules): its own page under the blade.
        { label: 'Role settings', href: `${base}/settings`, icon: <Settings20Regular /> },
      ]}
    >
      {role.privileged || !role.isBuiltIn ? (
        <div className={styles.badges}>
          {role.privileged ? <PrivilegedBadge size="medium" /> : null}
          {!role.isBuiltIn ? <span>Custom role</span> : null}
        </div>
      ) : null}
    </BladeTabs>
  );
}
