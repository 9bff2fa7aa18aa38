'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition, type RefObject } from 'react';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { useChangeOutcomes } from '@/components/common/use-change-outcomes';
import { gridFocusTarget, useReturnFocus } from '@/components/common/use-return-focus';
import type { RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { removeRoleAssignments } from './remove-actions';

/**
 * What a blade that lists one role's assignments holds besides its rows (a role's blade, and a role at a unit's or
 * an app's scope): the selection, the Add panel and the Remove dialog, Refresh, and the outcome of the last change.
 * `shown` are the rows on screen; `selectionKey` names what they were chosen from (the filters and the page), so
 * another key starts the selection afresh and a row that leaves the screen leaves the selection. `grid` is the
 * blade's table (the blade's own ref: React's rules keep refs out of the values a hook returns).
 */
export function useAssignmentsBlade(shown: readonly RoleAssignmentRow[], grid: RefObject<HTMLDivElement | null>, selectionKey = '') {
  const admin = useSignedInAdmin();
  const router = useRouter();

  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: selectionKey, ids: new Set() });
  const selectedIds = useMemo(() => {
    if (selection.key !== selectionKey) return new Set<string>();
    const present = new Set(shown.map((row) => row.id));
    return new Set([...selection.ids].filter((id) => present.has(id)));
  }, [selection, selectionKey, shown]);
  const selectedRows = shown.filter((row) => selectedIds.has(row.id));

  const [addOpen, setAddOpen] = useState(false);
  const [removeOpen, setRemoveOpen] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const { outcome, announce, removeAction, removing } = useChangeOutcomes(removeRoleAssignments, (removed) => {
    setRemoveOpen(false);
    if (removed.ok) setSelection({ key: selectionKey, ids: new Set() });
  });
  // A dialog for rows no longer on screen (another filter, a re-read without them) has nothing left to remove.
  const removeShown = removeOpen && selectedRows.length > 0;

  // Focus goes back to the grid when a panel or dialog closes and the button that opened it is gone or disabled.
  const toGrid = () => gridFocusTarget(grid.current);
  useReturnFocus(addOpen, toGrid);
  useReturnFocus(removeShown, toGrid);

  const canManage = admin.canManageRoleAssignments;
  const deniedReason = admin.manageDeniedReason ?? '';
  return {
    canManage,
    deniedReason,
    selectedRows,
    outcome,
    announce,
    refreshing,
    refresh: () => startRefresh(() => router.refresh()),
    openAdd: () => setAddOpen(true),
    openRemove: () => setRemoveOpen(true),
    /** Spread into AssignmentsTable. */
    table: { selected: selectedIds, onSelectionChange: (ids: ReadonlySet<string>) => setSelection({ key: selectionKey, ids }) },
    /** Spread into AddAssignmentsPanel. */
    addPanel: { open: addOpen, onOpenChange: setAddOpen, onCompleted: announce },
    /** Spread into RemoveAssignmentDialog. */
    removeDialog: { open: removeShown, onOpenChange: setRemoveOpen, selected: selectedRows, signedInUserId: admin.id, action: removeAction, pending: removing },
  };
}

export type AssignmentsBladeState = ReturnType<typeof useAssignmentsBlade>;
