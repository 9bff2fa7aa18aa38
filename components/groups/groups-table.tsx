'use client';

import {
  createTableColumn,
  Text,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { MutedText, NameCell } from '@/components/list/list-cells';
import { ListGrid } from '@/components/list/list-grid';
import type { GroupRow } from '@/lib/views/groups';
import { GroupAvatar } from './group-avatar';
import { AppLink } from '@/components/common/app-link';

function GroupNameCell({ row }: { row: GroupRow }) {
  return (
    <NameCell media={<GroupAvatar roleAssignable={row.isAssignableToRole} />}>
      <AppLink href={`/groups/${row.id}`}>{row.displayName}</AppLink>
    </NameCell>
  );
}

const columns: TableColumnDefinition<GroupRow>[] = [
  createTableColumn<GroupRow>({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <GroupNameCell row={row} /> }),
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
    renderCell: (row) => (row.memberCount === null ? <MutedText>Unavailable</MutedText> : String(row.memberCount)),
  }),
  createTableColumn<GroupRow>({
    columnId: 'description',
    renderHeaderCell: () => 'Description',
    renderCell: (row) => (row.description ? <Text truncate wrap={false} title={row.description}>{row.description}</Text> : <MutedText>—</MutedText>),
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
  return <ListGrid items={rows} columns={columns} getRowId={(row) => row.id} columnSizingOptions={sizing} label="Groups" />;
}
