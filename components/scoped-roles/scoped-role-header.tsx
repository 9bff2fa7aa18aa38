'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { BladeHeader, type Crumb } from '@/components/shell/blade-header';
import type { RoleSummary } from '@/lib/views/role-blade';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const kindLabels = { administrativeUnit: 'Administrative unit', application: 'App registration' } as const;

/** "Home > Administrative units > Seattle > Roles and administrators > Helpdesk Administrator" over "{role} | Assignments". */
export function ScopedRoleHeader({ role, listCrumb, scope }: {
  role: RoleSummary;
  listCrumb: Crumb;
  scope: { kind: 'administrativeUnit' | 'application'; name: string; basePath: string };
}) {
  const styles = useStyles();
  return (
    <BladeHeader
      crumbs={[
        listCrumb,
        { label: scope.name, href: scope.basePath },
        { label: 'Roles and administrators', href: `${scope.basePath}/roles` },
        { label: role.displayName },
      ]}
      title={role.displayName}
      section="Assignments"
      description={role.description}
    >
      <div className={styles.badges}>
        <Text className={styles.muted}>
          Scope: <strong>{scope.name}</strong> ({kindLabels[scope.kind]})
        </Text>
        {role.privileged ? <PrivilegedBadge size="medium" /> : null}
        {role.isBuiltIn ? null : <span>Custom role</span>}
      </div>
    </BladeHeader>
  );
}
