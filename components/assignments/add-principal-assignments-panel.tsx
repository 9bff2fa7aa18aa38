'use client';

import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { SidePanel } from '@/components/common/side-panel';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import type { PrincipalAddOptions } from '@/lib/views/principal-assignments';
import { AddAssignmentsFrame, AddAssignmentsSection } from './add-assignments-frame';
import { AssignmentSettingStep } from './assignment-setting-step';
import { ReadAccessPrecheck } from './read-access-precheck';
import { RolePicker } from './role-picker';
import { ScopePicker } from './scope-picker';
import { useAddRoleAssignments } from './use-add-role-assignments';
import { addRequests, useAssignmentSetting } from './use-assignment-setting';

export type AddPrincipalAssignmentsPanelProps = {
  /** Who gets the role: the user or the group whose Assigned roles this is. */
  principal: Principal;
  options: PrincipalAddOptions;
  /** The principal's direct assignments: a role it holds at a scope already is refused before Add. */
  held: readonly { roleDefinitionId: string; directoryScopeId: string }[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with a fully successful Add's result just before the panel closes; anything else stays in the panel. */
  onCompleted: (result: ActionResult) => void;
};

/**
 * Add assignments from a user's or a group's Assigned roles, as Entra's pane there: the member is fixed; the admin
 * picks a role, then one of the scopes that role supports. The same action as the role blade's panel checks and writes.
 */
export function AddPrincipalAssignmentsPanel({ open, onOpenChange, ...props }: AddPrincipalAssignmentsPanelProps) {
  return (
    <SidePanel title="Add assignments" subtitle={props.principal.displayName} open={open} onOpenChange={onOpenChange}>
      <AddPrincipalAssignmentsForm {...props} onOpenChange={onOpenChange} />
    </SidePanel>
  );
}

function AddPrincipalAssignmentsForm({ principal, options, held, onOpenChange, onCompleted }: Omit<AddPrincipalAssignmentsPanelProps, 'open'>) {
  const [roleId, setRoleId] = useState('');
  const [directoryScopeId, setDirectoryScopeId] = useState('/');
  const [clientErrors, setClientErrors] = useState<{ role?: string; scope?: string }>({});
  const { result, pending, add, fieldErrors } = useAddRoleAssignments({ onCompleted, onOpenChange });

  const role = options.roles.find((r) => r.id === roleId);
  const setting = useAssignmentSetting(roleId, [principal]);
  const scope = options.scopeOptions.find((o) => o.directoryScopeId === directoryScopeId);
  const alreadyHeld =
    role && directoryScopeId && held.some((h) => h.roleDefinitionId.toLowerCase() === role.id.toLowerCase() && h.directoryScopeId.toLowerCase() === directoryScopeId.toLowerCase())
      ? `${principal.displayName} already holds ${role.displayName} at ${scope?.name ?? 'this scope'}.`
      : undefined;

  const submit = () => {
    const errors = { role: role ? undefined : 'Select a role.', scope: directoryScopeId ? undefined : 'Select a scope.' };
    setClientErrors(errors);
    if (errors.role || errors.scope || alreadyHeld || !role || setting.problem) return;
    add({ roleId: role.id, directoryScopeId, principalIds: [principal.id], setting: setting.setting });
  };

  return (
    <AddAssignmentsFrame
      label={`Add assignments to ${principal.displayName}`}
      result={result}
      pending={pending}
      submitDisabled={Boolean(alreadyHeld)}
      onSubmit={submit}
      onClose={() => onOpenChange(false)}
      afterForm={role ? <ReadAccessPrecheck principals={[principal]} directoryScopeId={directoryScopeId} roleName={role.displayName} /> : null}
      preview={{
        emptyMessage: 'Select a role and a scope to see the request Add will send.',
        requests: () => (role && directoryScopeId ? addRequests(role.id, directoryScopeId, [principal.id], setting.setting) : []),
      }}
    >
      <AddAssignmentsSection heading="Select role">
        <RolePicker
          roles={options.roles}
          value={roleId}
          onChange={(next) => {
            setRoleId(next);
            // Each role supports its own scopes: a new role starts again at Directory, which every role supports.
            setDirectoryScopeId('/');
            setClientErrors({});
          }}
          error={clientErrors.role ?? fieldErrors?.roleId?.[0]}
          disabled={pending}
        />
      </AddAssignmentsSection>
      {role ? (
        <AddAssignmentsSection heading="Scope">
          <ScopePicker
            key={role.id}
            supportedKinds={role.supportedScopeKinds}
            options={options.scopeOptions.filter((o) => o.kind === 'directory' || role.supportedScopeKinds.includes(o.kind))}
            value={directoryScopeId}
            onChange={(next) => {
              setDirectoryScopeId(next);
              setClientErrors((e) => ({ ...e, scope: undefined }));
            }}
            error={clientErrors.scope ?? fieldErrors?.directoryScopeId?.[0]}
            disabled={pending}
          />
          {alreadyHeld ? (
            <MessageBar intent="warning">
              <MessageBarBody>{alreadyHeld} Choose another role or scope.</MessageBarBody>
            </MessageBar>
          ) : null}
        </AddAssignmentsSection>
      ) : null}
      {role ? (
        <AddAssignmentsSection heading="Setting">
          <AssignmentSettingStep state={setting} disabled={pending} errors={fieldErrors} />
        </AddAssignmentsSection>
      ) : null}
    </AddAssignmentsFrame>
  );
}
