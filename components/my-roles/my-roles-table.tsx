'use client';

import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Link,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import type { MyRoleRow } from '@/lib/views/my-roles';

const useStyles = makeStyles({
  role: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

function RoleCell({ row }: { row: MyRoleRow }) {
  const styles = useStyles();
  return (
    <span className={styles.role}>
      <Link as="a" href={`/roles/${row.roleId}`}>{row.roleName}</Link>
      {row.privileged ? <PrivilegedBadge /> : null}
    </span>
  );
}

const columns: TableColumnDefinition<MyRoleRow>[] = [
  createTableColumn<MyRoleRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => <RoleCell row={row} /> }),
  createTableColumn<MyRoleRow>({
    columnId: 'scope',
    renderHeaderCell: () => 'Scope',
    renderCell: (row) => (row.scopeKindLabel === 'Directory' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`),
  }),
  createTableColumn<MyRoleRow>({
    columnId: 'path',
    renderHeaderCell: () => 'Assignment path',
    renderCell: (row) =>
      row.via.kind === 'direct' ? 'Direct' : (
        <span>
          Group: <NextLink href={`/groups/${row.via.groupId}`}>{row.via.groupDisplayName}</NextLink>
        </span>
      ),
  }),
];

/** The signed-in admin's own roles: which, at which scope, and whether directly or through a group. */
export function MyRolesTable({ rows }: { rows: MyRoleRow[] }) {
  const styles = useStyles();
  if (rows.length === 0) {
    return <Text className={styles.muted}>You don&apos;t hold any directory roles.</Text>;
  }
  return (
    <DataGrid items={rows} columns={columns} getRowId={(row: MyRoleRow) => `${row.assignmentId}`} aria-label="My role assignments">
      <DataGridHeader>
        <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
      </DataGridHeader>
      <DataGridBody<MyRoleRow>>
        {({ item, rowId }) => (
          <DataGridRow<MyRoleRow> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
