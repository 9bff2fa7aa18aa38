'use client';

import { createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { RowLink } from '@/components/list/list-cells';
import { SearchableList } from '@/components/list/searchable-list';
import type { AdministrativeUnitRow } from '@/lib/views/admin-units';
import { formatCount } from '@/lib/format/count';

const columns: TableColumnDefinition<AdministrativeUnitRow>[] = [
  createTableColumn({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <RowLink href={`/admin-units/${row.id}`}>{row.displayName}</RowLink> }),
  createTableColumn({ columnId: 'description', renderHeaderCell: () => 'Description', renderCell: (row) => row.description || '\u2014' }),
  createTableColumn({
    columnId: 'members',
    renderHeaderCell: () => 'Members',
    renderCell: (row) => (row.memberCount === null ? 'Unknown' : formatCount(row.memberCount)),
  }),
];

const sizing = {
  name: { minWidth: 180, idealWidth: 260 },
  description: { minWidth: 240, idealWidth: 520 },
  members: { minWidth: 90, idealWidth: 110 },
};

const searchFields = (row: AdministrativeUnitRow) => [row.displayName, row.description];

/** Administrative units: each unit with its description and direct member count, searchable, search in the URL. */
export function AdministrativeUnitsBlade({ rows, initialSearch }: { rows: AdministrativeUnitRow[]; initialSearch: string }) {
  return (
    <SearchableList
      rows={rows}
      initialSearch={initialSearch}
      columns={columns}
      columnSizingOptions={sizing}
      searchFields={searchFields}
      noun={{ one: 'administrative unit', many: 'administrative units' }}
      placeholder="Search by name or description"
    />
  );
}
