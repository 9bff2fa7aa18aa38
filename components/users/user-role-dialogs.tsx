'use client';

import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { LastHolderConfirmation, useLastHolderConfirmed } from '@/components/assignments/last-holder-confirmation';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { scopeText } from '@/components/assignments/scoped-roles-table';
import { formatCount } from '@/lib/format/count';
import { isSelfGlobalAdministratorRemoval, lastHolderConsequence, otherManagingRole, SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED } from '@/lib/roles/last-admin';
import type { UserRoleRow } from '@/lib/views/users';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  user: { id: string; displayName: string };
  action: (form: FormData) => void;
  pending: boolean;
};

function RoleList({ rows, label }: { rows: UserRoleRow[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((row) => (
        <li key={row.assignmentId}>
          <Text weight="semibold">{row.roleName}</Text> <Text className={styles.muted}>at {scopeText(row)}</Text>
        </li>
      ))}
    </ul>
  );
}

/** The other managing role's tenant-scope assignments that stay: those not removed in the same breath. */
function peersRemaining(lastHolder: UserRoleRow, removing: readonly UserRoleRow[]): number | null {
  if (lastHolder.managingPeers === null) return null;
  const other = otherManagingRole(lastHolder.roleTemplateId);
  const alsoRemoved = removing.filter((row) => row.directoryScopeId === '/' && other !== null && row.roleTemplateId.toLowerCase() === other).length;
  return Math.max(0, lastHolder.managingPeers - alsoRemoved);
}

/**
 * Remove assignment, for the user's direct assignments: names each role and scope, refuses the admin's own Global
 * Administrator assignment outright, and asks a second confirmation before the last directory-scope Global
 * Administrator or Privileged Role Administrator goes. The server action checks the same rules again.
 */
export function RemoveDirectDialog({ rows, signedInUserId, ...props }: DialogProps & { rows: UserRoleRow[]; signedInUserId: string }) {
  const [confirmed, setConfirmed] = useLastHolderConfirmed(props.open);
  const self = rows.some((row) => isSelfGlobalAdministratorRemoval({ roleDefinitionId: row.roleTemplateId, principalId: props.user.id }, signedInUserId));
  const lastHolder = rows.find((row) => row.lastHolder);
  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={rows.length === 1 ? 'Remove assignment' : `Remove ${formatCount(rows.length)} assignments`}
      action={props.action}
      pending={props.pending}
      refusal={self ? SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED : null}
      confirmDisabled={lastHolder !== undefined && !confirmed}
      fields={[['userId', props.user.id], ...rows.map((row) => ['assignmentId', row.assignmentId] as const)]}
    >
      <Text>
        Do you want to remove {rows.length === 1 ? 'this role assignment' : 'these role assignments'} from <strong>{props.user.displayName}</strong>?
      </Text>
      <RoleList rows={rows} label="Assignments to remove" />
      {lastHolder ? (
        <LastHolderConfirmation
          roleName={lastHolder.roleName}
          consequence={lastHolderConsequence(lastHolder.roleTemplateId, peersRemaining(lastHolder, rows))}
          confirmed={confirmed}
          onConfirmedChange={setConfirmed}
        />
      ) : null}
    </ConfirmDialog>
  );
}

/**
 * Remove from group, for a role held through a group: says that the user leaves the group and so every role the
 * group holds (listed), and warns an admin about to remove themselves from the group that lets them manage roles.
 */
export function RemoveFromGroupDialog({ group, groupRoles, signedInUserId, ...props }: DialogProps & {
  group: { id: string; displayName: string };
  groupRoles: UserRoleRow[];
  signedInUserId: string;
}) {
  const self = props.user.id.toLowerCase() === signedInUserId.toLowerCase();
  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title="Remove from group"
      action={props.action}
      pending={props.pending}
      fields={[['userId', props.user.id], ['userName', props.user.displayName], ['groupId', group.id]]}
    >
      <Text>
        This removes <strong>{props.user.displayName}</strong> from the group &ldquo;{group.displayName}&rdquo;, and so from every role the group holds:
      </Text>
      <RoleList rows={groupRoles} label={`Roles held through ${group.displayName}`} />
      {self ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>You are removing yourself. If this group gives you the role that lets you manage roles, you lose it at once.</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>Do you want to remove {props.user.displayName} from {group.displayName}?</Text>
    </ConfirmDialog>
  );
}
