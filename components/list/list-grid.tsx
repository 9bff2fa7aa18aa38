'use client';

import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  type DataGridProps,
  type TableColumnDefinition,
  type TableColumnId,
  type TableRowId,
} from '@fluentui/react-components';
import type { Ref } from 'react';

const useStyles = makeStyles({
  // A grid wider than the blade scrolls on its own instead of widening the page.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
});

/** Checkboxes on each row and in the header, with the names a screen reader announces for them. */
export type GridSelection<T> = {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** The header checkbox's name, e.g. "Select all members". */
  allLabel: string;
  /** A row checkbox's name, e.g. "Select Adele Vance". */
  rowLabel: (row: T) => string;
};

/**
 * The blades' one data grid: a header row and a row per item, cells from the column definitions, optional
 * multi-select. Column widths come either from `columnSizingOptions` (resizable) or from per-column classes.
 */
export function ListGrid<T>({
  items,
  columns,
  getRowId,
  label,
  selection,
  columnSizingOptions,
  className,
  columnClassName,
  cellClassName,
  ref,
}: {
  items: T[];
  columns: TableColumnDefinition<T>[];
  getRowId: (row: T) => string;
  /** The grid's accessible name. */
  label: string;
  selection?: GridSelection<T>;
  columnSizingOptions?: DataGridProps['columnSizingOptions'];
  className?: string;
  /** A class for a column's header and body cells (widths as flex weights, say). */
  columnClassName?: (columnId: TableColumnId) => string | undefined;
  /** A class for every body cell. */
  cellClassName?: string;
  /** The grid element (role="grid"): where focus goes back to when a dialog's opener is gone (use-return-focus.ts). */
  ref?: Ref<HTMLDivElement>;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <DataGrid
        ref={ref}
        items={items}
        columns={columns}
        getRowId={getRowId}
        aria-label={label}
        className={className}
        columnSizingOptions={columnSizingOptions}
        resizableColumns={columnSizingOptions !== undefined}
        selectionMode={selection ? 'multiselect' : undefined}
        selectedItems={selection?.selected as ReadonlySet<TableRowId> | undefined}
        onSelectionChange={selection ? (_, data) => selection.onChange(new Set([...data.selectedItems].map(String))) : undefined}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={selection ? { checkboxIndicator: { 'aria-label': selection.allLabel } } : undefined}>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={columnClassName?.(columnId)}>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<T>>
          {({ item, rowId }) => (
            <DataGridRow<T>
              key={rowId}
              selectionCell={selection ? { checkboxIndicator: { 'aria-label': selection.rowLabel(item) } } : undefined}
            >
              {({ renderCell, columnId }) => (
                <DataGridCell className={mergeClasses(cellClassName, columnClassName?.(columnId))}>{renderCell(item)}</DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
