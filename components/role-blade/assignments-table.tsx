'use client';

import {
  Avatar,
  Badge,
  createTableColumn,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { AppGeneric20Regular, People20Regular } from '@fluentui/react-icons';
import NextLink from 'next/link';
import type { Ref } from 'react';
import { NameCell } from '@/components/list/list-cells';
import { ListGrid } from '@/components/list/list-grid';
import { useListStyles } from '@/components/list/list-styles';
import { principalTypeLabels, scopeLabel, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { countOf } from '@/lib/format/count';

const useStyles = makeStyles({
  lines: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  secondary: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

function memberCountText(count: number | null): string {
  if (count === null) return 'Group';
  return `Group \u00b7 ${countOf(count, 'member', 'members')}`;
}

/** The holder: avatar, name (a link to a user's or group's blade) and, unless `showSecondary` is false, its UPN or kind. */
export function PrincipalCell({ row, showSecondary = true }: { row: RoleAssignmentRow; showSecondary?: boolean }) {
  const styles = useStyles();
  const list = useListStyles();
  const secondary =
    row.principalType === 'user' ? row.userPrincipalName
    : row.principalType === 'group' ? memberCountText(row.memberCount)
    : row.principalType === 'servicePrincipal' ? `App ID: ${row.appId ?? 'unknown'}`
    : row.principalId;
  const avatar =
    row.principalType === 'group' ? <Avatar size={28} shape="square" icon={<People20Regular />} color="brand" aria-hidden />
    : row.principalType === 'servicePrincipal' ? <Avatar size={28} shape="square" icon={<AppGeneric20Regular />} color="steel" aria-hidden />
    : <Avatar size={28} name={row.displayName} color="colorful" aria-hidden />;
  // Users and groups open their own blades; a service principal has none in the portal.
  const href = row.principalType === 'user' ? `/users/${row.principalId}` : row.principalType === 'group' ? `/groups/${row.principalId}` : null;
  return (
    <NameCell media={avatar}>
      <span className={styles.lines}>
        <span className={styles.title}>
          {href ? (
            // Not prefetched: a page of 100 holders would prefetch 100 blades the admin may never open.
            <NextLink className={list.link} href={href} prefetch={false} onClick={(event) => event.stopPropagation()}>
              {row.displayName}
            </NextLink>
          ) : (
            <Text weight="semibold">{row.displayName}</Text>
          )}
          {row.userType === 'Guest' ? <Badge appearance="outline" size="small">Guest</Badge> : null}
        </span>
        {secondary && showSecondary ? <Text size={200} className={styles.secondary}>{secondary}</Text> : null}
      </span>
    </NameCell>
  );
}

export function typeText(row: RoleAssignmentRow): string {
  if (row.principalType === 'user' && row.userType === 'Guest') return 'Guest user';
  return principalTypeLabels[row.principalType];
}

const columns: TableColumnDefinition<RoleAssignmentRow>[] = [
  createTableColumn<RoleAssignmentRow>({
    columnId: 'name',
    renderHeaderCell: () => 'Name',
    renderCell: (row) => <PrincipalCell row={row} />,
  }),
  createTableColumn<RoleAssignmentRow>({ columnId: 'type', renderHeaderCell: () => 'Type', renderCell: typeText }),
  createTableColumn<RoleAssignmentRow>({
    columnId: 'scope',
    renderHeaderCell: () => 'Scope',
    renderCell: (row) => (row.scopeKind === 'directory' ? 'Directory' : row.scopeName),
  }),
  createTableColumn<RoleAssignmentRow>({ columnId: 'scopeType', renderHeaderCell: () => 'Scope type', renderCell: (row) => row.scopeKindLabel }),
];

const sizing: TableColumnSizingOptions = {
  name: { minWidth: 240, idealWidth: 400 },
  type: { minWidth: 100, idealWidth: 130 },
  scope: { minWidth: 140, idealWidth: 220 },
  scopeType: { minWidth: 130, idealWidth: 160 },
};

const columnsWithoutScope = columns.filter((column) => column.columnId !== 'scope' && column.columnId !== 'scopeType');

/**
 * One page of a role's assignments, with a checkbox per row for Remove assignment. A scoped blade (one unit's or
 * one app's) leaves out the scope columns, since every row has the same scope, and may show a read-only list.
 */
export function AssignmentsTable({ items, selected, onSelectionChange, roleName, showScope = true, selectable = true, label, ref }: {
  items: RoleAssignmentRow[];
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
  roleName: string;
  showScope?: boolean;
  selectable?: boolean;
  /** The grid's accessible name; "Assignments of {role}" by default. */
  label?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <ListGrid
      ref={ref}
      items={items}
      columns={showScope ? columns : columnsWithoutScope}
      getRowId={(row) => row.id}
      label={label ?? `Assignments of ${roleName}`}
      columnSizingOptions={sizing}
      selection={selectable ? {
        selected,
        onChange: onSelectionChange,
        allLabel: 'Select all assignments on this page',
        rowLabel: (row) => `Select ${row.displayName} at ${scopeLabel(row)}`,
      } : undefined}
    />
  );
}
