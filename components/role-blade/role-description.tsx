'use client';

import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { scopeKindLabels } from '@/lib/roles/scope-kinds';
import type { RolePermission, RoleSummary } from '@/lib/views/role-blade';
import { PermissionsList } from './permissions-list';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { RoleCommands } from './role-commands';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  value: { margin: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** The Description tab: what the role is for, its facts, and the permissions it grants. */
export function RoleDescription({ role, permissions }: { role: RoleSummary; permissions: RolePermission[] }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <RoleCommands role={role} />
      <Card appearance="outline">
        <Text as="h2" size={400} weight="semibold">Summary</Text>
        <dl className={styles.facts}>
          <dt className={styles.term}>Description</dt>
          <dd className={styles.value}>{role.description || 'No description.'}</dd>
          <dt className={styles.term}>Template ID</dt>
          <dd className={`${styles.value} ${styles.mono}`}>{role.templateId ?? role.id}</dd>
          <dt className={styles.term}>Role type</dt>
          <dd className={styles.value}>{role.isBuiltIn ? 'Built-in' : 'Custom'}{role.isEnabled ? '' : ' (disabled)'}</dd>
          <dt className={styles.term}>Privileged</dt>
          <dd className={styles.value}>{role.privileged ? <><PrivilegedBadge size="medium" /> Yes</> : 'No'}</dd>
          <dt className={styles.term}>Can be assigned at</dt>
          <dd className={styles.value}>
            {role.supportedScopeKinds.map((kind) => (
              <Badge key={kind} appearance="outline" color="informative">{scopeKindLabels[kind]}</Badge>
            ))}
          </dd>
        </dl>
      </Card>
      <PermissionsList permissions={permissions} />
    </div>
  );
}
