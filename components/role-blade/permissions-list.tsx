'use client';

import { Field, makeStyles, SearchBox, Switch, Text, tokens } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import type { RolePermission } from '@/lib/views/role-blade';
import { groupPermissions } from '@/lib/roles/permission-groups';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { countOf, formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  search: { width: '360px', maxWidth: '100%' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupTitle: { display: 'block', marginBlock: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  action: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  heading: { display: 'block', margin: 0 },
  intro: { display: 'block', margin: 0, color: tokens.colorNeutralForeground3 },
});

/** The role's permissions (allowedResourceActions), searchable, grouped by resource, privileged ones flagged. */
export function PermissionsList({ permissions }: { permissions: RolePermission[] }) {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const [privilegedOnly, setPrivilegedOnly] = useState(false);
  const deferred = useDeferredValue(search);
  const privilegedCount = permissions.filter((p) => p.privileged).length;
  const shown = useMemo(() => {
    const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
    return permissions.filter(
      (p) => (!privilegedOnly || p.privileged) && words.every((word) => p.action.toLowerCase().includes(word)),
    );
  }, [permissions, deferred, privilegedOnly]);
  const groups = useMemo(() => groupPermissions(shown), [shown]);

  return (
    <section className={styles.root} aria-labelledby="permissions-heading">
      <div>
        <Text as="h2" id="permissions-heading" size={500} weight="semibold" className={styles.heading}>Permissions</Text>
        <Text as="p" className={styles.intro}>
          {`${countOf(permissions.length, 'permission', 'permissions')}, ${formatCount(privilegedCount)} privileged.`}
        </Text>
      </div>
      <div className={styles.controls}>
        <Field label="Search permissions">
          <SearchBox className={styles.search} placeholder="e.g. users/password" value={search} onChange={(_, data) => setSearch(data.value)} />
        </Field>
        <Switch label="Privileged only" checked={privilegedOnly} onChange={(_, data) => setPrivilegedOnly(data.checked)} />
      </div>
      <Text role="status" className={styles.muted}>
        {shown.length === permissions.length ? `Showing all ${formatCount(shown.length)}` : `Showing ${formatCount(shown.length)} of ${formatCount(permissions.length)}`}
      </Text>
      {groups.map((group) => (
        <div key={group.resource} className={styles.group}>
          <Text as="h3" size={300} weight="semibold" className={styles.groupTitle}>
            {group.resource} <span className={styles.muted}>({group.permissions.length})</span>
          </Text>
          <ul className={styles.list} aria-label={`${group.resource} permissions`}>
            {group.permissions.map((permission) => (
              <li key={permission.action} className={styles.item}>
                <span className={styles.action}>{permission.action}</span>
                {permission.privileged ? <PrivilegedBadge size="medium" label="Privileged" /> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {shown.length === 0 ? <Text>No permissions match the search.</Text> : null}
    </section>
  );
}
