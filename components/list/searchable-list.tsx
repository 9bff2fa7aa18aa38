'use client';

import { Button, Text, type DataGridProps, type TableColumnDefinition } from '@fluentui/react-components';
import { useMemo } from 'react';
import { InBrowserSearch } from './in-browser-search';
import { ListGrid } from './list-grid';
import { useListStyles } from './list-styles';
import { matchesSearch, useUrlSearch } from './use-url-search';
import { formatCount } from '@/lib/format/count';

/**
 * A directory list read whole by the server and searched in the browser (Administrative units, App registrations):
 * a search box whose text is kept in the URL, how many rows match, and the grid or why it is empty.
 */
export function SearchableList<T extends { id: string }>({ rows, initialSearch, columns, columnSizingOptions, searchFields, noun, placeholder }: {
  rows: T[];
  initialSearch: string;
  columns: TableColumnDefinition<T>[];
  columnSizingOptions: DataGridProps['columnSizingOptions'];
  /** The texts a search matches for a row. */
  searchFields: (row: T) => readonly (string | null | undefined)[];
  /** What a row is, in lower case: "administrative unit" / "administrative units". */
  noun: { one: string; many: string };
  placeholder: string;
}) {
  const styles = useListStyles();
  const [search, setSearch] = useUrlSearch(initialSearch);
  const shown = useMemo(() => rows.filter((row) => matchesSearch(search, searchFields(row))), [rows, search, searchFields]);
  const title = noun.many.charAt(0).toUpperCase() + noun.many.slice(1);
  return (
    <div className={styles.root}>
      <InBrowserSearch value={search} onChange={setSearch} placeholder={placeholder} label={`Search ${noun.many}`} />
      <Text aria-live="polite" className={styles.summary}>
        {shown.length === rows.length
          ? `${formatCount(rows.length)} ${rows.length === 1 ? noun.one : noun.many}`
          : `${formatCount(shown.length)} of ${formatCount(rows.length)} ${noun.many} match the search`}
      </Text>
      {shown.length === 0 ? (
        <div className={styles.empty}>
          <Text>{rows.length === 0 ? `This directory has no ${noun.many}.` : `No ${noun.many} match the search.`}</Text>
          {rows.length === 0 ? null : <Button onClick={() => setSearch('')}>Clear search</Button>}
        </div>
      ) : (
        <ListGrid items={shown} columns={columns} getRowId={(row) => row.id} label={title} columnSizingOptions={columnSizingOptions} />
      )}
    </div>
  );
}
