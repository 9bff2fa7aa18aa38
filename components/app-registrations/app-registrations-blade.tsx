'use client';

import { createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { useListStyles } from '@/components/list/list-styles';
import { RowLink } from '@/components/list/list-cells';
import { SearchableList } from '@/components/list/searchable-list';
import type { ApplicationRow } from '@/lib/views/app-registrations';
import { formatCreated } from './format-created';

function AppIdCell({ row }: { row: ApplicationRow }) {
  const styles = useListStyles();
  return <span className={styles.mono}>{row.appId}</span>;
}

const columns: TableColumnDefinition<ApplicationRow>[] = [
  createTableColumn({ columnId: 'name', renderHeaderCell: () => 'Display name', renderCell: (row) => <RowLink href={`/app-registrations/${row.id}`}>{row.displayName}</RowLink> }),
  createTableColumn({ columnId: 'appId', renderHeaderCell: () => 'Application (client) ID', renderCell: (row) => <AppIdCell row={row} /> }),
  createTableColumn({ columnId: 'created', renderHeaderCell: () => 'Created on', renderCell: (row) => formatCreated(row.createdDateTime) }),
];

const sizing = {
  name: { minWidth: 180, idealWidth: 280 },
  appId: { minWidth: 300, idealWidth: 340 },
  created: { minWidth: 120, idealWidth: 160 },
};

const searchFields = (row: ApplicationRow) => [row.displayName, row.appId, row.id];

/** App registrations: name, application (client) id and creation date, searchable by name or id, search in the URL. */
export function AppRegistrationsBlade({ rows, initialSearch }: { rows: ApplicationRow[]; initialSearch: string }) {
  return (
    <SearchableList
      rows={rows}
      initialSearch={initialSearch}
      columns={columns}
      columnSizingOptions={sizing}
      searchFields={searchFields}
      noun={{ one: 'app registration', many: 'app registrations' }}
      placeholder="Search by name or application (client) ID"
    />
  );
}
