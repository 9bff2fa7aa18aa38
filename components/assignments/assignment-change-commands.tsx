'use client';

import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { AddAssignmentsPanel, RemoveAssignmentDialog } from './on-demand';

/**
 * "Add assignments" and "Remove assignment" in a role's command bar (a role's blade, and a role at a unit's or an
 * app's scope): disabled with the reason for an admin who can't change assignments, Remove also until a row is
 * selected; each starts loading its panel or dialog when reached.
 */
export function AssignmentChangeCommands({ deniedReason, selected, showAdd = true, onAdd, onRemove }: {
  /** Why the signed-in admin can't change assignments; null when they can. */
  deniedReason: string | null;
  selected: number;
  /** False where the role can't be assigned at this scope (nothing to add). */
  showAdd?: boolean;
  onAdd: () => void;
  onRemove: () => void;
}) {
  return (
    <>
      {showAdd ? (
        <GuardedToolbarButton icon={<Add20Regular />} onClick={onAdd} preload={AddAssignmentsPanel.preload} disabledReason={deniedReason}>
          Add assignments
        </GuardedToolbarButton>
      ) : null}
      <GuardedToolbarButton
        icon={<Delete20Regular />}
        onClick={onRemove}
        preload={RemoveAssignmentDialog.preload}
        disabledReason={deniedReason ?? (selected === 0 ? 'Select one or more assignments to remove.' : null)}
      >
        {selected > 1 ? `Remove assignments (${selected})` : 'Remove assignment'}
      </GuardedToolbarButton>
    </>
  );
}
