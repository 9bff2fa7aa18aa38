'use client';

import { useMemo, useState } from 'react';
import { SidePanel } from '@/components/common/side-panel';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import type { ScopeKind, ScopeOption } from '@/lib/roles/scope-kinds';
import { AddAssignmentsFrame, AddAssignmentsSection } from './add-assignments-frame';
import { AssignmentSettingStep } from './assignment-setting-step';
import { PrincipalPicker, type HoldingQuery } from './principal-picker';
import { ReadAccessPrecheck } from './read-access-precheck';
import { ScopePicker } from './scope-picker';
import { useAddRoleAssignments } from './use-add-role-assignments';
import { addRequests, useAssignmentSetting } from './use-assignment-setting';

export type AddAssignmentsRole = { id: string; displayName: string; supportedScopeKinds: ScopeKind[] };

/** A scope the admin may pick: "/" (Directory), "/administrativeUnits/{id}" or "/{applicationObjectId}". */
export type { ScopeOption };

export type AddAssignmentsPanelProps = {
  role: AddAssignmentsRole;
  /** The scopes offered in the scope picker (only those the role supports). */
  scopeOptions: ScopeOption[];
  /** Set on a scoped blade (an administrative unit's or an app's): the scope is fixed and not offered. */
  fixedScope?: ScopeOption;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /**
   * Optional. Called after a fully successful Add with its result, just before the panel closes, so the blade
   * can show it in its own ActionResultBar. Without it the panel stays open and shows the result itself.
   * Failures (and partial successes) are always shown inside the panel.
   */
  onCompleted?: (result: ActionResult) => void;
  /**
   * The role's assignments when the blade has them all (a role held up to 100 times): the picker marks who holds
   * the role at the chosen scope from these. Without them, the picker asks the server about each search's results.
   */
  holders?: readonly { principalId: string; directoryScopeId: string }[];
};

const maxPrincipals = 20;

/**
 * Add assignments, as Entra's pane: Select member(s) and a scope, then the Setting (Eligible or Active, how long,
 * why), then Add. The action checks everything before it writes anything and reports per member.
 */
export function AddAssignmentsPanel({ role, scopeOptions, fixedScope, open, onOpenChange, onCompleted, holders }: AddAssignmentsPanelProps) {
  return (
    <SidePanel title="Add assignments" subtitle={role.displayName} open={open} onOpenChange={onOpenChange}>
      <AddAssignmentsForm role={role} scopeOptions={scopeOptions} fixedScope={fixedScope} onOpenChange={onOpenChange} onCompleted={onCompleted} holders={holders} />
    </SidePanel>
  );
}

function AddAssignmentsForm({
  role,
  scopeOptions,
  fixedScope,
  onOpenChange,
  onCompleted,
  holders,
}: Omit<AddAssignmentsPanelProps, 'open'>) {
  const [selected, setSelected] = useState<Principal[]>([]);
  const [directoryScopeId, setDirectoryScopeId] = useState(fixedScope?.directoryScopeId ?? '/');
  const [clientErrors, setClientErrors] = useState<{ principals?: string; scope?: string }>({});
  const { result, pending, add, fieldErrors } = useAddRoleAssignments({ onCompleted, onOpenChange, onAdded: () => setSelected([]) });
  const setting = useAssignmentSetting(role.id, selected);
  const held = useHeldAtScope(role, directoryScopeId, fixedScope ?? scopeOptions.find((o) => o.directoryScopeId === directoryScopeId), holders);

  const submit = () => {
    const errors = {
      principals: selected.length === 0 ? 'Select at least one member.' : undefined,
      scope: directoryScopeId ? undefined : 'Select a scope.',
    };
    setClientErrors(errors);
    if (errors.principals || errors.scope || setting.problem) return;
    add({ roleId: role.id, directoryScopeId, principalIds: selected.map((principal) => principal.id), setting: setting.setting });
  };

  return (
    <AddAssignmentsFrame
      label={`Add assignments to ${role.displayName}`}
      result={result}
      pending={pending}
      onSubmit={submit}
      onClose={() => onOpenChange(false)}
      afterForm={<ReadAccessPrecheck principals={selected} directoryScopeId={directoryScopeId} roleName={role.displayName} />}
      preview={{
        emptyMessage: 'Select at least one member to see the requests Add will send.',
        requests: () => addRequests(role.id, directoryScopeId, selected.map((principal) => principal.id), setting.setting),
      }}
    >
      <AddAssignmentsSection heading="Select member(s)">
        <PrincipalPicker
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            setClientErrors((e) => ({ ...e, principals: undefined }));
          }}
          max={maxPrincipals}
          error={clientErrors.principals ?? fieldErrors?.principalIds?.[0]}
          disabled={pending}
          existing={held.existing}
          holding={held.holding}
        />
      </AddAssignmentsSection>
      <AddAssignmentsSection heading="Scope">
        <ScopePicker
          supportedKinds={role.supportedScopeKinds}
          options={scopeOptions}
          fixedScope={fixedScope}
          value={directoryScopeId}
          onChange={(next) => {
            setDirectoryScopeId(next);
            setClientErrors((e) => ({ ...e, scope: undefined }));
          }}
          error={clientErrors.scope ?? fieldErrors?.directoryScopeId?.[0]}
          disabled={pending}
        />
      </AddAssignmentsSection>
      <AddAssignmentsSection heading="Setting">
        <AssignmentSettingStep state={setting} disabled={pending} errors={fieldErrors} />
      </AddAssignmentsSection>
    </AddAssignmentsFrame>
  );
}

/** Who already holds the role at the chosen scope: known from the blade's rows, or asked of the server per search. */
function useHeldAtScope(
  role: AddAssignmentsRole,
  directoryScopeId: string,
  scope: ScopeOption | undefined,
  holders: AddAssignmentsPanelProps['holders'],
): { existing?: { ids: ReadonlySet<string>; reason: string }; holding?: HoldingQuery } {
  return useMemo(() => {
    if (!directoryScopeId) return {};
    const reason = `Already holds ${role.displayName} at ${scope?.name ?? 'this scope'}`;
    if (!holders) return { holding: { roleId: role.id, directoryScopeId, reason } };
    const here = directoryScopeId.toLowerCase();
    const ids = new Set(holders.filter((h) => h.directoryScopeId.toLowerCase() === here).map((h) => h.principalId.toLowerCase()));
    return { existing: { ids, reason } };
  }, [role.id, role.displayName, directoryScopeId, scope?.name, holders]);
}
