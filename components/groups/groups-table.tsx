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
  Text,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import type { GroupRow } from '@/lib/views/groups';
import { GroupAvatar } from './group-avatar';
import { AppLink } from './app-link';

const useStyles = makeStyles({
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  link: {
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  description: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
});

function NameCell({ row }: { row: GroupRow }) {
  const styles = useStyles();
  return (
    <span className={styles.name}>
      <GroupAvatar roleAssignable={row.isAssignableToRole} />
      <AppLink href={`/groups/${row.id}`}>{row.displayName}</AppLink>
    </span>
  );
}

function Muted({ children }: { children: string }) {
  const styles = useStyles();
  return <Text className={styles.muted}>{children}</Text>;
}

const columns: TableColumnDefinition<GroupRow>[] = [
  createTableColumn<GroupRow>({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <NameCell row={row} /> }),
  createTableColumn<GroupRow>({ columnId: 'type', renderHeaderCell: () => 'Group type', renderCell: (row) => row.typeLabel }),
  createTableColumn<GroupRow>({ columnId: 'membership', renderHeaderCell: () => 'Membership type', renderCell: (row) => row.membershipType }),
  createTableColumn<GroupRow>({
    columnId: 'roleAssignable',
    renderHeaderCell: () => 'Role assignable',
    renderCell: (row) => (row.isAssignableToRole ? 'Yes' : 'No'),
  }),
  createTableColumn<GroupRow>({
    columnId: 'members',
    renderHeaderCell: () => 'Members',
    renderCell: (row) => (row.memberCount === null ? <Muted>Unavailable</Muted> : String(row.memberCount)),
  }),
  createTableColumn<GroupRow>({
    columnId: 'description',
    renderHeaderCell: () => 'Description',
    renderCell: (row) => (row.description ? <Text truncate wrap={false} title={row.description}>{row.description}</Text> : <Muted>—</Muted>),
  }),
];

const sizing: TableColumnSizingOptions = {
  name: { idealWidth: 280, minWidth: 200 },
  type: { idealWidth: 130, minWidth: 110 },
  membership: { idealWidth: 140, minWidth: 110 },
  roleAssignable: { idealWidth: 130, minWidth: 110 },
  members: { idealWidth: 90, minWidth: 80 },
  description: { idealWidth: 360, minWidth: 160 },
};

/** All groups: one row per group, its name opening the group's blade. */
export function GroupsTable({ rows }: { rows: GroupRow[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <DataGrid items={rows} columns={columns} getRowId={(row: GroupRow) => row.id} resizableColumns columnSizingOptions={sizing} aria-label="Groups">
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<GroupRow>>
          {({ item, rowId }) => (
            <DataGridRow<GroupRow> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
