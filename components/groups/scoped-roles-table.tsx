'use client';

import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  tokens,
  type DataGridProps,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { AppLink } from './app-link';

export type ScopedRoleRow = {
  assignmentId: string;
  roleId: string;
  roleName: string;
  privileged: boolean;
  scopeKindLabel: string;
  scopeName: string;
};

const useStyles = makeStyles({
  role: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
});

function RoleCell({ row }: { row: ScopedRoleRow }) {
  const styles = useStyles();
  return (
    <span className={styles.role}>
      <AppLink href={`/roles/${row.roleId}`}>{row.roleName}</AppLink>
      {row.privileged ? <PrivilegedBadge /> : null}
    </span>
  );
}

export function scopeText(row: Pick<ScopedRoleRow, 'scopeKindLabel' | 'scopeName'>): string {
  return row.scopeKindLabel === 'Directory' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`;
}

/**
 * Roles at scopes, as a group's and a user's Assigned roles list them: the role (linking to its blade), the scope
 * named, and any extra columns the blade adds (the user's Assignment path).
 */
export function ScopedRolesTable<T extends ScopedRoleRow>({ rows, label, extraColumns = [], selection }: {
  rows: T[];
  label: string;
  extraColumns?: { columnId: string; header: string; cell: (row: T) => ReactNode }[];
  selection?: Pick<DataGridProps, 'selectedItems' | 'onSelectionChange'> & { rowLabel: (row: T) => string };
}) {
  const styles = useStyles();
  const columns: TableColumnDefinition<T>[] = [
    createTableColumn<T>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => <RoleCell row={row} /> }),
    createTableColumn<T>({ columnId: 'scope', renderHeaderCell: () => 'Scope', renderCell: (row) => scopeText(row) }),
    ...extraColumns.map((column) => createTableColumn<T>({ columnId: column.columnId, renderHeaderCell: () => column.header, renderCell: column.cell })),
  ];
  return (
    <div className={styles.scroller}>
      <DataGrid
        items={rows}
        columns={columns}
        getRowId={(row: T) => row.assignmentId}
        aria-label={label}
        selectionMode={selection ? 'multiselect' : undefined}
        selectedItems={selection?.selectedItems}
        onSelectionChange={selection?.onSelectionChange}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={selection ? { checkboxIndicator: { 'aria-label': 'Select all role assignments' } } : undefined}>
            {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<T>>
          {({ item, rowId }) => (
            <DataGridRow<T> key={rowId} selectionCell={selection ? { checkboxIndicator: { 'aria-label': `Select ${selection.rowLabel(item)}` } } : undefined}>
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
