'use client';

import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { scopeText } from '@/components/common/scoped-roles-table';
import { isSelfGlobalAdministratorRemoval, SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED } from '@/lib/roles/last-admin';
import { LAST_HOLDER_CONFIRMATION } from '@/lib/roles/removal-plan';
import type { UserRoleRow } from '@/lib/views/users';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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

/**
 * Remove assignment, for the user's direct assignments: names each role and scope, refuses the admin's own Global
 * Administrator assignment outright, and asks a second confirmation before the last directory-scope Global
 * Administrator or Privileged Role Administrator goes. The server action checks the same rules again.
 */
export function RemoveDirectDialog({ rows, signedInUserId, ...props }: DialogProps & { rows: UserRoleRow[]; signedInUserId: string }) {
  const styles = useStyles();
  const [confirmed, setConfirmed] = useState(false);
  const self = rows.some((row) => isSelfGlobalAdministratorRemoval({ roleDefinitionId: row.roleTemplateId, principalId: props.user.id }, signedInUserId));
  const lastHolder = rows.find((row) => row.lastHolder);
  const title = rows.length === 1 ? 'Remove assignment' : `Remove ${rows.length} assignments`;
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => { if (!props.pending) props.onOpenChange(data.open); }} modalType="alert">
      <DialogSurface>
        <form action={props.action}>
          <input type="hidden" name="userId" value={props.user.id} />
          {rows.map((row) => <input key={row.assignmentId} type="hidden" name="assignmentId" value={row.assignmentId} />)}
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {self ? (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody><MessageBarTitle>Can&apos;t remove</MessageBarTitle>{SELF_GLOBAL_ADMINISTRATOR_REMOVAL_REFUSED}</MessageBarBody>
                </MessageBar>
              ) : (
                <>
                  <Text>
                    Do you want to remove {rows.length === 1 ? 'this role assignment' : 'these role assignments'} from <strong>{props.user.displayName}</strong>?
                  </Text>
                  <RoleList rows={rows} label="Assignments to remove" />
                  {lastHolder ? (
                    <>
                      <MessageBar intent="warning" layout="multiline">
                        <MessageBarBody>
                          <MessageBarTitle>This is the last {lastHolder.roleName} assignment at directory scope</MessageBarTitle>
                          Confirm below to remove it anyway.
                        </MessageBarBody>
                      </MessageBar>
                      <Checkbox name="confirmLastHolder" checked={confirmed} onChange={(_, data) => setConfirmed(data.checked === true)} label={LAST_HOLDER_CONFIRMATION(lastHolder.roleName)} />
                    </>
                  ) : null}
                </>
              )}
            </DialogContent>
            <DialogActions>
              {self ? (
                <Button appearance="primary" onClick={() => props.onOpenChange(false)}>Close</Button>
              ) : (
                <>
                  <Button type="submit" appearance="primary" disabled={props.pending || (lastHolder !== undefined && !confirmed)} icon={props.pending ? <Spinner size="tiny" /> : undefined}>
                    {props.pending ? 'Removing\u2026' : 'Yes'}
                  </Button>
                  <Button onClick={() => props.onOpenChange(false)} disabled={props.pending}>No</Button>
                </>
              )}
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
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
  const styles = useStyles();
  const self = props.user.id.toLowerCase() === signedInUserId.toLowerCase();
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => { if (!props.pending) props.onOpenChange(data.open); }} modalType="alert">
      <DialogSurface>
        <form action={props.action}>
          <input type="hidden" name="userId" value={props.user.id} />
          <input type="hidden" name="userName" value={props.user.displayName} />
          <input type="hidden" name="groupId" value={group.id} />
          <DialogBody>
            <DialogTitle>Remove from group</DialogTitle>
            <DialogContent className={styles.content}>
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
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={props.pending} icon={props.pending ? <Spinner size="tiny" /> : undefined}>
                {props.pending ? 'Removing\u2026' : 'Yes'}
              </Button>
              <Button onClick={() => props.onOpenChange(false)} disabled={props.pending}>No</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
