'use client';

import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  SearchBox,
  Text,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { useMemo } from 'react';
import { useListStyles } from '@/components/scoped-roles/list-styles';
import { matchesSearch, useUrlSearch } from '@/components/scoped-roles/use-url-search';
import type { AdministrativeUnitRow } from '@/lib/views/admin-units';

function NameCell({ row }: { row: AdministrativeUnitRow }) {
  const styles = useListStyles();
  return (
    <NextLink className={styles.link} href={`/admin-units/${row.id}`}>
      {row.displayName}
    </NextLink>
  );
}

const columns: TableColumnDefinition<AdministrativeUnitRow>[] = [
  createTableColumn({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <NameCell row={row} /> }),
  createTableColumn({ columnId: 'description', renderHeaderCell: () => 'Description', renderCell: (row) => row.description || '\u2014' }),
  createTableColumn({
    columnId: 'members',
    renderHeaderCell: () => 'Members',
    renderCell: (row) => (row.memberCount === null ? 'Unknown' : String(row.memberCount)),
  }),
];

const number = new Intl.NumberFormat('en');

/** Administrative units: each unit with its description and direct member count, searchable, search in the URL. */
export function AdministrativeUnitsBlade({ rows, initialSearch }: { rows: AdministrativeUnitRow[]; initialSearch: string }) {
  const styles = useListStyles();
  const [search, setSearch] = useUrlSearch(initialSearch);
  const shown = useMemo(() => rows.filter((row) => matchesSearch(search, [row.displayName, row.description])), [rows, search]);
  return (
    <div className={styles.root}>
      <SearchBox
        className={styles.search}
        placeholder="Search by name or description"
        aria-label="Search administrative units"
        value={search}
        onChange={(_, data) => setSearch(data.value)}
      />
      <Text aria-live="polite" className={styles.summary}>
        {shown.length === rows.length
          ? `${number.format(rows.length)} administrative ${rows.length === 1 ? 'unit' : 'units'}`
          : `${number.format(shown.length)} of ${number.format(rows.length)} administrative units match the search`}
      </Text>
      {shown.length === 0 ? (
        <div className={styles.empty}>
          <Text>{rows.length === 0 ? 'This directory has no administrative units.' : 'No administrative units match the search.'}</Text>
          {rows.length === 0 ? null : <Button onClick={() => setSearch('')}>Clear search</Button>}
        </div>
      ) : (
        <div className={styles.scroller}>
          <DataGrid
            items={shown}
            columns={columns}
            getRowId={(row: AdministrativeUnitRow) => row.id}
            aria-label="Administrative units"
            resizableColumns
            columnSizingOptions={{
              name: { minWidth: 180, idealWidth: 260 },
              description: { minWidth: 240, idealWidth: 520 },
              members: { minWidth: 90, idealWidth: 110 },
            }}
          >
            <DataGridHeader>
              <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
            </DataGridHeader>
            <DataGridBody<AdministrativeUnitRow>>
              {({ item, rowId }) => (
                <DataGridRow<AdministrativeUnitRow> key={rowId}>
                  {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
                </DataGridRow>
              )}
            </DataGridBody>
          </DataGrid>
        </div>
      )}
    </div>
  );
}
