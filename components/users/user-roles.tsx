'use client';

import { makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, ToolbarButton, ToolbarDivider, tokens } from '@fluentui/react-components';
import { InfoLabelOnDemand } from '@/components/common/info-label-on-demand';
import { Add20Regular, ArrowClockwise20Regular, Delete20Regular, PersonDelete20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useActionState, useRef, useState, useTransition } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { useKeepOutcome, useKeptOutcome } from '@/components/common/kept-outcome';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { onDemand } from '@/components/common/on-demand';
import { AddPrincipalAssignmentsPanel } from '@/components/assignments/on-demand';
import { AssignmentPathCell, ScopedRolesTable } from '@/components/assignments/scoped-roles-table';
import { gridFocusTarget, useReturnFocus } from '@/components/common/use-return-focus';
import type { ActionResult } from '@/lib/actions/action-result';
import { INDIRECT_ROLE_NOTE, ROLE_ASSIGNABLE_MEMBERS_DENIED } from '@/lib/roles/group-rules';
import type { PrincipalAddOptions } from '@/lib/views/principal-assignments';
import type { UserRoleRow } from '@/lib/views/users';
import { removeUserFromGroup, removeUserRoleAssignments } from './actions';
import type { UserSummary } from './user-blade-header';
import type { PrincipalPim } from '@/lib/views/role-pim-principal';
import { activeScheduleColumns, PrincipalPimRoles } from './principal-pim-roles';
import { countOf, formatCount } from '@/lib/format/count';
import { pimTabLabels } from '@/lib/roles/pim-labels';

const RemoveDirectDialog = onDemand(() => import('./user-role-dialogs').then((module) => module.RemoveDirectDialog));
const RemoveFromGroupDialog = onDemand(() => import('./user-role-dialogs').then((module) => module.RemoveFromGroupDialog));

const useStyles = makeStyles({
  commands: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  summary: { marginBlock: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  empty: { paddingBlock: tokens.spacingVerticalXL, color: tokens.colorNeutralForeground2 },
  note: { marginBlock: tokens.spacingVerticalS },
  heading: { display: 'block', marginBlockStart: tokens.spacingVerticalM },
});

/**
 * A user's Assigned roles, as Entra's blade with its Assignment path column: Add assignments gives the user a role
 * at a scope; direct assignments can be removed; a role held through a group goes by removing the user from that group.
 * `addOptions` (the roles and scopes Add offers) is null for an admin who can't change assignments.
 */
export function UserRoles({ user, rows, addOptions, pim }: { user: UserSummary; rows: UserRoleRow[]; addOptions: PrincipalAddOptions | null; pim?: PrincipalPim }) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<'add' | 'direct' | 'group' | null>(null);
  const [latest, setLatest] = useState<'add' | 'direct' | 'group'>('direct');
  const [addResult, setAddResult] = useState<ActionResult | null>(null);
  const keep = useKeepOutcome();
  const kept = useKeptOutcome();
  const settle = (outcome: ActionResult) => {
    keep(outcome);
    setOpen(null);
    if (outcome.ok) setSelected(new Set());
    return outcome;
  };
  const [directResult, removeDirect, removingDirect] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    setLatest('direct');
    return settle(await removeUserRoleAssignments(previous, form));
  }, null);
  const [groupResult, leaveGroup, leavingGroup] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    setLatest('group');
    return settle(await removeUserFromGroup(previous, form));
  }, null);

  const selectedRows = rows.filter((row) => selected.has(row.assignmentId));
  const direct = selectedRows.filter((row) => row.via.kind === 'direct');
  const groupIds = [...new Set(selectedRows.flatMap((row) => (row.via.kind === 'group' ? [row.via.groupId] : [])))];
  const viaRow = selectedRows.find((row) => row.via.kind === 'group');
  const group = viaRow?.via.kind === 'group' ? { id: viaRow.via.groupId, displayName: viaRow.via.groupDisplayName } : null;
  const groupRoles = group ? rows.filter((row) => row.via.kind === 'group' && row.via.groupId === group.id) : [];
  const denied = admin.canManageRoleAssignments ? null : admin.manageDeniedReason ?? ROLE_ASSIGNABLE_MEMBERS_DENIED;

  const directReason = denied ?? (selectedRows.length === 0 ? 'Select one or more direct assignments to remove.'
    : direct.length !== selectedRows.length ? `${INDIRECT_ROLE_NOTE} Select only direct assignments.` : null);
  const groupReason = denied ?? (groupIds.length !== 1 || direct.length > 0 ? 'Select the roles of one group to remove the user from that group.' : null);
  const directShown = open === 'direct' && direct.length > 0;
  const groupShown = open === 'group' && group !== null;
  const grid = useRef<HTMLDivElement>(null);
  const toGrid = () => gridFocusTarget(grid.current);
  useReturnFocus(directShown, toGrid);
  useReturnFocus(groupShown, toGrid);
  useReturnFocus(open === 'add', toGrid);
  const addReason = admin.canManageRoleAssignments && addOptions ? null : (admin.manageDeniedReason ?? denied ?? 'Refresh the page to add assignments.');
  const shownResult = { add: addResult, direct: directResult, group: groupResult }[latest];

  return (
    <>
      <div className={styles.commands}>
        <CommandBar label="Assigned roles commands">
          <GuardedToolbarButton icon={<Add20Regular />} onClick={() => setOpen('add')} preload={AddPrincipalAssignmentsPanel.preload} disabledReason={addReason}>
            Add assignments
          </GuardedToolbarButton>
          <GuardedToolbarButton icon={<Delete20Regular />} onClick={() => setOpen('direct')} preload={RemoveDirectDialog.preload} disabledReason={directReason}>
            {direct.length > 1 ? `Remove assignments (${formatCount(direct.length)})` : 'Remove assignment'}
          </GuardedToolbarButton>
          <GuardedToolbarButton icon={<PersonDelete20Regular />} onClick={() => setOpen('group')} preload={RemoveFromGroupDialog.preload} disabledReason={groupReason}>
            Remove from group
          </GuardedToolbarButton>
          <ToolbarDivider />
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>Refresh</ToolbarButton>
        </CommandBar>
        {denied ? <InfoLabelOnDemand info={denied} size="medium">Why can&apos;t I add or remove roles?</InfoLabelOnDemand> : null}
      </div>
      {rows.some((row) => row.via.kind === 'group') ? (
        <MessageBar intent="info" className={styles.note}><MessageBarBody>{INDIRECT_ROLE_NOTE}</MessageBarBody></MessageBar>
      ) : null}
      <ActionResultBar result={shownResult ?? kept} />
      {pim ? <Subtitle2 as="h2" className={styles.heading}>{pimTabLabels.active}</Subtitle2> : null}
      <Text block className={styles.summary} role="status">
        {`${countOf(rows.length, 'role assignment', 'role assignments')}${selectedRows.length ? ` \u00b7 ${formatCount(selectedRows.length)} selected` : ''}`}
      </Text>
      {rows.length === 0 ? (
        <Text block className={styles.empty}>{user.displayName} doesn&apos;t hold any directory roles, directly or through a group{pim?.ok && pim.rows.some((row) => row.tab === 'eligible') ? ', until an eligible one below is activated' : ''}.</Text>
      ) : (
        <ScopedRolesTable
          ref={grid}
          rows={rows}
          label={`Roles assigned to ${user.displayName}`}
          extraColumns={[
            { columnId: 'kind', header: 'Scope type', cell: (row) => row.scopeKindLabel },
            { columnId: 'path', header: 'Assignment path', cell: (row) => <AssignmentPathCell via={row.via} /> },
            ...activeScheduleColumns<UserRoleRow>(pim),
          ]}
          selection={denied ? undefined : {
            selected,
            onChange: setSelected,
            rowLabel: (row) => `Select ${row.roleName} at ${row.scopeName}${row.via.kind === 'group' ? ` via ${row.via.groupDisplayName}` : ''}`,
          }}
        />
      )}
      {denied ? null : (
        <>
          {addOptions ? (
            <AddPrincipalAssignmentsPanel
              open={open === 'add'}
              onOpenChange={(next) => setOpen(next ? 'add' : null)}
              principal={{ id: user.id, displayName: user.displayName, kind: 'user', detail: user.userPrincipalName }}
              options={addOptions}
              held={rows.flatMap((row) => (row.via.kind === 'direct' ? [{ roleDefinitionId: row.roleId, directoryScopeId: row.directoryScopeId }] : []))}
              onCompleted={(outcome) => {
                setLatest('add');
                setAddResult(outcome);
              }}
            />
          ) : null}
          {directShown ? (
            <RemoveDirectDialog open onOpenChange={(next) => setOpen(next ? 'direct' : null)} user={user} rows={direct} signedInUserId={admin.id} action={removeDirect} pending={removingDirect} />
          ) : null}
          {groupShown && group ? (
            <RemoveFromGroupDialog open onOpenChange={(next) => setOpen(next ? 'group' : null)} user={user} group={group} groupRoles={groupRoles} signedInUserId={admin.id} action={leaveGroup} pending={leavingGroup} />
          ) : null}
        </>
      )}
      {pim ? <PrincipalPimRoles pim={pim} name={user.displayName} /> : null}
    </>
  );
}
