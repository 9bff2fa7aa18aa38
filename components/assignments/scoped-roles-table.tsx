'use client';

import { createTableColumn, makeStyles, Text, tokens, type TableColumnDefinition } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import type { AssignmentPath } from '@/lib/roles/inherited-roles';
import type { RoleAtScope } from '@/lib/views/role-at-scope';
import { AppLink } from '@/components/common/app-link';
import { ListGrid, type GridSelection } from '@/components/list/list-grid';

const useStyles = makeStyles({
  role: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  // One line that ends in an ellipsis when the column is narrower than the group's name; the name stays whole in
  // the link's text (what a screen reader reads) and in its title (what a pointer shows).
  path: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

function RoleCell({ row }: { row: RoleAtScope }) {
  const styles = useStyles();
  return (
    <span className={styles.role}>
      <AppLink href={`/roles/${row.roleId}`}>{row.roleName}</AppLink>
      {row.privileged ? <PrivilegedBadge /> : null}
    </span>
  );
}

/** Entra's Assignment path column: "Direct", or the group the role comes through, linked to its blade. */
export function AssignmentPathCell({ via }: { via: AssignmentPath }) {
  const styles = useStyles();
  if (via.kind === 'direct') return <Text>Direct</Text>;
  return (
    <Text className={styles.path}>
      Group: <AppLink href={`/groups/${via.groupId}`} title={via.groupDisplayName}>{via.groupDisplayName}</AppLink>
    </Text>
  );
}

export function scopeText(row: Pick<RoleAtScope, 'scopeKindLabel' | 'scopeName'>): string {
  return row.scopeKindLabel === 'Directory' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`;
}

// The minimum widths add up to less than a 1024 px screen's blade, so the grid shrinks to fit instead of hiding
// its last column (the Assignment path, whose ellipsis then shows) behind a horizontal scroll.
const sizing = {
  role: { minWidth: 180, idealWidth: 300 },
  scope: { minWidth: 140, idealWidth: 220 },
  kind: { minWidth: 110, idealWidth: 140 },
  path: { minWidth: 160, idealWidth: 320 },
};

/**
 * Roles at scopes, as a group's, a user's and the admin's own Assigned roles list them: the role (linking to its
 * blade), the scope named, and any extra columns the blade adds (the user's Assignment path).
 */
export function ScopedRolesTable<T extends RoleAtScope>({ rows, label, extraColumns = [], selection, ref }: {
  rows: T[];
  label: string;
  extraColumns?: { columnId: string; header: string; cell: (row: T) => ReactNode }[];
  selection?: Omit<GridSelection<T>, 'allLabel'>;
  ref?: Ref<HTMLDivElement>;
}) {
  const columns: TableColumnDefinition<T>[] = [
    createTableColumn<T>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => <RoleCell row={row} /> }),
    createTableColumn<T>({ columnId: 'scope', renderHeaderCell: () => 'Scope', renderCell: (row) => scopeText(row) }),
    ...extraColumns.map((column) => createTableColumn<T>({ columnId: column.columnId, renderHeaderCell: () => column.header, renderCell: column.cell })),
  ];
  return (
    <ListGrid
      ref={ref}
      items={rows}
      columns={columns}
      getRowId={(row) => row.assignmentId}
      label={label}
      columnSizingOptions={sizing}
      selection={selection ? { ...selection, allLabel: 'Select all role assignments' } : undefined}
    />
  );
}
