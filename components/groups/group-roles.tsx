'use client';

import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, ToolbarButton, ToolbarDivider, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { AddPrincipalAssignmentsPanel } from '@/components/assignments/on-demand';
import { CommandBar } from '@/components/common/command-bar';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { InfoLabelOnDemand } from '@/components/common/info-label-on-demand';
import { useKeptOutcome } from '@/components/common/kept-outcome';
import type { ActionResult } from '@/lib/actions/action-result';
import type { GroupRoleRow, GroupSummary } from '@/lib/views/groups';
import type { PrincipalAddOptions } from '@/lib/views/principal-assignments';
import { ScopedRolesTable } from '@/components/assignments/scoped-roles-table';
import { countOf } from '@/lib/format/count';
import type { PrincipalPim } from '@/lib/views/role-pim-principal';
import { activeScheduleColumns, PrincipalPimRoles } from '@/components/users/principal-pim-roles';
import { pimTabLabels } from '@/lib/roles/pim-labels';

const useStyles = makeStyles({
  commands: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  notes: { marginBlock: tokens.spacingVerticalS },
  summary: { marginBlock: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  heading: { display: 'block', marginBlockStart: tokens.spacingVerticalM },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalXL,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * A group's Assigned roles: every role assignment whose principal is the group, at every scope. A role-assignable
 * group gets Add assignments; `addOptions` (the roles and scopes it offers) is null for an admin who can't change
 * assignments and for a group that can't hold roles.
 */
export function GroupRoles({ group, rows, addOptions, pim }: { group: GroupSummary; rows: GroupRoleRow[]; addOptions: PrincipalAddOptions | null; pim?: PrincipalPim }) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [addOpen, setAddOpen] = useState(false);
  const [added, setAdded] = useState<ActionResult | null>(null);
  const kept = useKeptOutcome();
  const denied = admin.canManageRoleAssignments ? null : (admin.manageDeniedReason ?? 'Assigning roles needs the Privileged Role Administrator or Global Administrator role.');
  const addReason = denied ?? (addOptions ? null : 'Refresh the page to add assignments.');
  return (
    <>
      <div className={styles.commands}>
        <CommandBar label="Assigned roles commands">
          {group.isAssignableToRole ? (
            <>
              <GuardedToolbarButton icon={<Add20Regular />} onClick={() => setAddOpen(true)} preload={AddPrincipalAssignmentsPanel.preload} disabledReason={addReason}>
                Add assignments
              </GuardedToolbarButton>
              <ToolbarDivider />
            </>
          ) : null}
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
            Refresh
          </ToolbarButton>
        </CommandBar>
        {group.isAssignableToRole && denied ? <InfoLabelOnDemand info={denied} size="medium">Why can&apos;t I add assignments?</InfoLabelOnDemand> : null}
      </div>
      <div className={styles.notes}>
        {!group.isAssignableToRole ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>This group can&apos;t be assigned roles</MessageBarTitle>
              Only groups created with &ldquo;Microsoft Entra roles can be assigned to the group&rdquo; set to Yes can hold a directory role, and the
              setting can&apos;t be changed later. To give its members a role, create a role-assignable group.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>Every member of this group holds these roles.</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ActionResultBar result={added ?? kept} />
      {group.isAssignableToRole ? (
        <>
          {pim ? <Subtitle2 as="h2" className={styles.heading}>{pimTabLabels.active}</Subtitle2> : null}
          <Text block className={styles.summary} role="status">{countOf(rows.length, 'role assignment', 'role assignments')}</Text>
          {rows.length === 0 ? (
            <div className={styles.empty}>
              <Text block>This group doesn&apos;t hold any roles yet.{addReason ? '' : ' Select Add assignments to assign it one.'}</Text>
            </div>
          ) : (
            <ScopedRolesTable rows={rows} label={`Roles assigned to ${group.displayName}`} extraColumns={[{ columnId: 'kind', header: 'Scope type', cell: (row) => row.scopeKindLabel }, ...activeScheduleColumns<GroupRoleRow>(pim)]} />
          )}
        </>
      ) : null}
      {addOptions ? (
        <AddPrincipalAssignmentsPanel
          open={addOpen}
          onOpenChange={setAddOpen}
          principal={{ id: group.id, displayName: group.displayName, kind: 'group', detail: group.description || null }}
          options={addOptions}
          held={rows.map((row) => ({ roleDefinitionId: row.roleId, directoryScopeId: row.directoryScopeId }))}
          onCompleted={setAdded}
        />
      ) : null}
      {pim ? <PrincipalPimRoles pim={pim} name={group.displayName} /> : null}
    </>
  );
}
