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
import type { ApplicationRow } from '@/lib/views/app-registrations';
import { formatCreated } from './format-created';

function NameCell({ row }: { row: ApplicationRow }) {
  const styles = useListStyles();
  return (
    <NextLink className={styles.link} href={`/app-registrations/${row.id}`}>
      {row.displayName}
    </NextLink>
  );
}

function AppIdCell({ row }: { row: ApplicationRow }) {
  const styles = useListStyles();
  return <span className={styles.mono}>{row.appId}</span>;
}

const columns: TableColumnDefinition<ApplicationRow>[] = [
  createTableColumn({ columnId: 'name', renderHeaderCell: () => 'Display name', renderCell: (row) => <NameCell row={row} /> }),
  createTableColumn({ columnId: 'appId', renderHeaderCell: () => 'Application (client) ID', renderCell: (row) => <AppIdCell row={row} /> }),
  createTableColumn({ columnId: 'created', renderHeaderCell: () => 'Created on', renderCell: (row) => formatCreated(row.createdDateTime) }),
];

const number = new Intl.NumberFormat('en');

/** App registrations: name, application (client) id and creation date, searchable by name or id, search in the URL. */
export function AppRegistrationsBlade({ rows, initialSearch }: { rows: ApplicationRow[]; initialSearch: string }) {
  const styles = useListStyles();
  const [search, setSearch] = useUrlSearch(initialSearch);
  const shown = useMemo(() => rows.filter((row) => matchesSearch(search, [row.displayName, row.appId, row.id])), [rows, search]);
  return (
    <div className={styles.root}>
      <SearchBox
        className={styles.search}
        placeholder="Search by name or application (client) ID"
        aria-label="Search app registrations"
        value={search}
        onChange={(_, data) => setSearch(data.value)}
      />
      <Text aria-live="polite" className={styles.summary}>
        {shown.length === rows.length
          ? `${number.format(rows.length)} app ${rows.length === 1 ? 'registration' : 'registrations'}`
          : `${number.format(shown.length)} of ${number.format(rows.length)} app registrations match the search`}
      </Text>
      {shown.length === 0 ? (
        <div className={styles.empty}>
          <Text>{rows.length === 0 ? 'This directory has no app registrations.' : 'No app registrations match the search.'}</Text>
          {rows.length === 0 ? null : <Button onClick={() => setSearch('')}>Clear search</Button>}
        </div>
      ) : (
        <div className={styles.scroller}>
          <DataGrid
            items={shown}
            columns={columns}
            getRowId={(row: ApplicationRow) => row.id}
            aria-label="App registrations"
            resizableColumns
            columnSizingOptions={{
              name: { minWidth: 180, idealWidth: 280 },
              appId: { minWidth: 300, idealWidth: 340 },
              created: { minWidth: 120, idealWidth: 160 },
            }}
          >
            <DataGridHeader>
              <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
            </DataGridHeader>
            <DataGridBody<ApplicationRow>>
              {({ item, rowId }) => (
                <DataGridRow<ApplicationRow> key={rowId}>
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
