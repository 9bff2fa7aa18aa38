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
  mergeClasses,
  tokens,
  type DataGridProps,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { memo } from 'react';
import { type RoleListRow, type RoleSortKey, type SortDirection } from '@/lib/roles/role-list-state';
import { PrivilegedBadge } from './privileged-badge';
import { formatCount } from '@/lib/format/count';
import { createContext, useContext } from 'react';

const useStyles = makeStyles({
  counting: { color: tokens.colorNeutralForeground3 },
  grid: { minWidth: '720px' },
  // Flex weights rather than pixel widths: the server's first paint has the same column widths as the client's.
  role: { flexGrow: 4, flexBasis: 0, minWidth: '180px' },
  description: { flexGrow: 6, flexBasis: 0, minWidth: '220px' },
  type: { flexGrow: 0, flexShrink: 0, flexBasis: '96px' },
  privileged: { flexGrow: 0, flexShrink: 0, flexBasis: '112px' },
  assignments: { flexGrow: 0, flexShrink: 0, flexBasis: '120px' },
  eligible: { flexGrow: 0, flexShrink: 0, flexBasis: '88px' },
  cell: { paddingBlock: tokens.spacingVerticalS, alignItems: 'flex-start' },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'none',
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':active': { color: tokens.colorBrandForegroundLinkPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  // Two lines, as Entra truncates; the whole text stays in the DOM for screen readers and search highlighting.
  clamp: {
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground2,
  },
  count: { fontVariantNumeric: 'tabular-nums' },
  // The label is shorter than a line of text: nudge it onto the first line's middle, level with the role's name.
  badge: { display: 'inline-flex', paddingBlockStart: tokens.spacingVerticalXXS },
});

type ColumnId = 'role' | 'description' | 'type' | 'privileged' | 'assignments' | 'eligible';

// The rows arrive already filtered and sorted (lib/roles/role-list-state.ts, ties by name in both directions);
// DataGrid's own sort only marks the header, so its comparer keeps the given order (Array#sort is stable). DataGrid
// counts a column as sortable when its comparer declares parameters, hence the unused ones.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const keepOrder = (a: RoleListRow, b: RoleListRow) => 0;

function RoleName({ row }: { row: RoleListRow }) {
  const styles = useStyles();
  // No prefetch: 145 role blades would each cost Graph requests the admin may never need.
  return (
    <NextLink href={`/roles/${row.id}`} prefetch={false} className={styles.link}>
      {row.displayName}
    </NextLink>
  );
}

function Description({ text }: { text: string }) {
  const styles = useStyles();
  return <span className={styles.clamp} title={text || undefined}>{text}</span>;
}

function PrivilegedCell() {
  const styles = useStyles();
  return (
    <span className={styles.badge}>
      <PrivilegedBadge />
    </span>
  );
}

// The static columns read the eligible counts from here rather than being rebuilt per render.
const EligibleCounts = createContext<Record<string, number> | null | 'pending'>(null);

function EligibleCell({ row }: { row: RoleListRow }) {
  const counts = useContext(EligibleCounts);
  if (counts === 'pending') return <CountingMark />;
  return <>{formatCount(counts?.[row.id.toLowerCase()] ?? 0)}</>;
}

const columns: TableColumnDefinition<RoleListRow>[] = [
  createTableColumn<RoleListRow>({ columnId: 'role', compare: keepOrder, renderHeaderCell: () => 'Role', renderCell: (row) => <RoleName row={row} /> }),
  createTableColumn<RoleListRow>({ columnId: 'description', renderHeaderCell: () => 'Description', renderCell: (row) => <Description text={row.description} /> }),
  createTableColumn<RoleListRow>({ columnId: 'type', renderHeaderCell: () => 'Type', renderCell: (row) => (row.isBuiltIn ? 'Built-in' : 'Custom') }),
  createTableColumn<RoleListRow>({ columnId: 'privileged', renderHeaderCell: () => 'Privileged', renderCell: (row) => (row.privileged ? <PrivilegedCell /> : null) }),
  createTableColumn<RoleListRow>({ columnId: 'assignments', compare: keepOrder, renderHeaderCell: () => 'Assignments', renderCell: (row) => (row.assignmentCount === null ? <CountingMark /> : formatCount(row.assignmentCount)) }),
];

// Eligible holders (PIM) apart from the active assignments, as Entra's PIM counts them: shown only when PIM was read.
const withEligible: TableColumnDefinition<RoleListRow>[] = [
  ...columns,
  createTableColumn<RoleListRow>({ columnId: 'eligible', renderHeaderCell: () => 'Eligible', renderCell: (row) => <EligibleCell row={row} /> }),
];

const sortColumn: Record<RoleSortKey, ColumnId> = { name: 'role', assignments: 'assignments' };
const sortKeyOf: Partial<Record<TableColumnId, RoleSortKey>> = { role: 'name', assignments: 'assignments' };

type RolesTableProps = {
  rows: RoleListRow[];
  sort: RoleSortKey;
  direction: SortDirection;
  /** A click on a sortable column's header; the blade decides the direction (`sortedBy`). */
  onSortBy: (sort: RoleSortKey) => void;
  /** Eligible holders per role id (lower-cased); 'pending': still being counted; null or absent: not shown. */
  eligibleCounts?: Record<string, number> | null | 'pending';
};

/** A count not known yet (a large tenant's, filled in after the first paint). */
function CountingMark() {
  const styles = useStyles();
  return (
    <span className={styles.counting} role="img" aria-label="Counting">
      {'\u2026'}
    </span>
  );
}

/** Every listed role: name (a link to its blade), description, type, PRIVILEGED and its number of assignments. */
export const RolesTable = memo(function RolesTable({ rows, sort, direction, onSortBy, eligibleCounts = null }: RolesTableProps) {
  const styles = useStyles();
  const columnClass: Record<ColumnId, string> = {
    role: styles.role,
    description: styles.description,
    type: styles.type,
    privileged: styles.privileged,
    assignments: mergeClasses(styles.assignments, styles.count),
    eligible: mergeClasses(styles.eligible, styles.count),
  };
  const handleSort: DataGridProps['onSortChange'] = (_, state) => {
    const key = sortKeyOf[state.sortColumn ?? ''];
    if (key) onSortBy(key);
  };
  return (
    <EligibleCounts.Provider value={eligibleCounts}>
    <DataGrid
      items={rows}
      columns={eligibleCounts ? withEligible : columns}
      getRowId={(row: RoleListRow) => row.id}
      sortable
      sortState={{ sortColumn: sortColumn[sort], sortDirection: direction }}
      onSortChange={handleSort}
      aria-label="All roles"
      className={styles.grid}
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell className={columnClass[columnId as ColumnId]}>{renderHeaderCell()}</DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<RoleListRow>>
        {({ item, rowId }) => (
          <DataGridRow<RoleListRow> key={rowId}>
            {({ renderCell, columnId }) => (
              <DataGridCell
                className={mergeClasses(styles.cell, columnClass[columnId as ColumnId])}
                // The role cell holds one link: the link takes focus, not the cell around it.
                focusMode={columnId === 'role' ? 'none' : 'cell'}
              >
                {renderCell(item)}
              </DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
    </EligibleCounts.Provider>
  );
});
