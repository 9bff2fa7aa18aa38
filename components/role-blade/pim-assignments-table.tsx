'use client';

import type { Ref } from 'react';
import { ListGrid } from '@/components/list/list-grid';
import { scopeLabel } from '@/lib/roles/assignment-filters';
import type { PimRow } from '@/lib/roles/pim-rows';
import { pimColumns, pimColumnSizing, type OnPimAction } from './pim-columns';

/** A PIM tab's rows (Eligible, Active or Expired) with their row actions; checkboxes only where a blade asks for them. */
export function PimAssignmentsTable({ items, label, onAction, canManage, selection, ref }: {
  items: PimRow[];
  label: string;
  onAction: OnPimAction;
  canManage: boolean;
  selection?: { selected: ReadonlySet<string>; onSelectionChange: (selected: Set<string>) => void };
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <ListGrid
      ref={ref}
      items={items}
      columns={pimColumns(onAction, canManage)}
      getRowId={(row) => row.id}
      label={label}
      columnSizingOptions={pimColumnSizing}
      selection={selection ? {
        selected: selection.selected,
        onChange: selection.onSelectionChange,
        allLabel: 'Select all assignments on this page',
        rowLabel: (row) => `Select ${row.displayName} at ${scopeLabel(row)}`,
      } : undefined}
    />
  );
}
