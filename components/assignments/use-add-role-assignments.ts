'use client';

import { useState, useTransition } from 'react';
import { useKeepOutcome } from '@/components/common/kept-outcome';
import { idleResult, type ActionResult } from '@/lib/actions/action-result';
import type { AssignmentSetting } from '@/lib/roles/assignment-setting';
import { addRoleAssignments } from './add-actions';

export type AddRoleAssignmentsInput = {
  roleId: string;
  directoryScopeId: string;
  principalIds: readonly string[];
  /** The Setting step's choice; without it, Active and permanent. */
  setting?: AssignmentSetting;
};

/**
 * Add's submit, shared by both Add assignments panels: posts to the add action, shows its result in the panel,
 * and on a full success hands the result to the blade (`onCompleted`) and closes. Without `onCompleted` the panel
 * stays open and shows the result itself; `onAdded` runs on every success (to clear the selection).
 */
export function useAddRoleAssignments({ onCompleted, onOpenChange, onAdded }: {
  onCompleted?: (result: ActionResult) => void;
  onOpenChange: (open: boolean) => void;
  onAdded?: () => void;
}) {
  const [result, setResult] = useState<ActionResult>(idleResult);
  const [pending, startTransition] = useTransition();
  const keep = useKeepOutcome();

  const add = ({ roleId, directoryScopeId, principalIds, setting }: AddRoleAssignmentsInput) => {
    const form = new FormData();
    form.set('roleId', roleId);
    form.set('directoryScopeId', directoryScopeId);
    for (const principalId of principalIds) form.append('principalId', principalId);
    if (setting) {
      form.set('assignmentType', setting.assignmentType);
      if (setting.startDateTime) form.set('startDateTime', setting.startDateTime);
      if (setting.endDateTime) form.set('endDateTime', setting.endDateTime);
      if (setting.justification) form.set('justification', setting.justification);
    }
    startTransition(async () => {
      const outcome = await addRoleAssignments(idleResult, form);
      // Kept above the blade first: if the blade's re-read fails, this panel is gone before it can say anything.
      if (onCompleted) keep(outcome);
      startTransition(() => {
        setResult(outcome);
        if (!outcome.ok) return;
        onAdded?.();
        if (onCompleted) {
          onCompleted(outcome);
          onOpenChange(false);
        }
      });
    });
  };

  return { result, pending, add, fieldErrors: result.ok ? undefined : result.fieldErrors };
}
