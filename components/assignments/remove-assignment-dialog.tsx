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
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { roleAssignmentDeleteRequests } from '@/lib/graph/request-plans';
import { principalTypeLabels, scopeLabel, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { LAST_HOLDER_CONFIRMATION, planRemoval } from '@/lib/roles/removal-plan';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    maxHeight: '40vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export type RemoveDialogRole = { id: string; displayName: string; templateId: string | null };

function Body({ role, selected, assignmentsOfRole, signedInUserId, action, pending, onClose }: {
  role: RemoveDialogRole;
  selected: RoleAssignmentRow[];
  assignmentsOfRole: RoleAssignmentRow[];
  signedInUserId: string;
  action: (form: FormData) => void;
  pending: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  // Lives inside the surface, so it starts unchecked every time the dialog opens.
  const [confirmed, setConfirmed] = useState(false);
  const plan = planRemoval({
    roleTemplateId: role.templateId ?? role.id,
    assignmentsOfRole,
    requestedIds: selected.map((row) => row.id),
    signedInUserId,
    lastHolderConfirmed: confirmed,
  });
  const count = selected.length;
  const title = count === 1 ? 'Remove assignment' : `Remove ${count} assignments`;

  if (plan.kind === 'refused' || plan.kind === 'stale') {
    return (
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Can&apos;t remove</MessageBarTitle>
              {plan.message}
            </MessageBarBody>
          </MessageBar>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={onClose}>Close</Button>
        </DialogActions>
      </DialogBody>
    );
  }

  const lastHolder = plan.kind === 'needsConfirmation' || plan.lastHolder;
  return (
    <form action={action}>
      <input type="hidden" name="roleId" value={role.id} />
      {selected.map((row) => <input key={row.id} type="hidden" name="assignmentId" value={row.id} />)}
      {/* Lets the server read just these holders' assignments; it still checks each id against Graph's answer. */}
      {selected.map((row) => <input key={`p-${row.id}`} type="hidden" name="principalId" value={row.principalId} />)}
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={styles.content}>
          <Text>
            {count === 1 ? 'Do you want to remove this assignment of ' : `Do you want to remove these ${count} assignments of `}
            <strong>{role.displayName}</strong>?
          </Text>
          <ul className={styles.list} aria-label="Assignments to remove">
            {selected.map((row) => (
              <li key={row.id}>
                <Text weight="semibold">{row.displayName}</Text>{' '}
                <Text className={styles.muted}>
                  ({principalTypeLabels[row.principalType]}{row.userPrincipalName ? `, ${row.userPrincipalName}` : ''}) at {scopeLabel(row)}
                </Text>
              </li>
            ))}
          </ul>
          {selected.some((row) => row.principalType === 'group') ? (
            <Text className={styles.muted}>Members of a group lose the role along with the group&apos;s assignment.</Text>
          ) : null}
          {lastHolder ? (
            <>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>This is the last {role.displayName} assignment at directory scope</MessageBarTitle>
                  {plan.kind === 'needsConfirmation' ? plan.message : null} Confirm below to remove it anyway.
                </MessageBarBody>
              </MessageBar>
              <Checkbox
                name="confirmLastHolder"
                checked={confirmed}
                onChange={(_, data) => setConfirmed(data.checked === true)}
                label={LAST_HOLDER_CONFIRMATION(role.displayName)}
              />
            </>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={plan.kind !== 'ready' || pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
            {pending ? 'Removing\u2026' : 'Yes'}
          </Button>
          <Button onClick={onClose} disabled={pending}>No</Button>
        </DialogActions>
        <DialogActions position="start">
          <GraphRequestPreview
            actionLabel="Yes"
            emptyMessage="Select at least one assignment to see the requests Remove will send."
            disabled={pending}
            requests={() => roleAssignmentDeleteRequests(selected.map((row) => row.id))}
          />
        </DialogActions>
      </DialogBody>
    </form>
  );
}

/**
 * The confirmation Entra asks before removing role assignments ("select Yes"), naming the role, each principal and
 * each scope. It refuses the admin's own Global Administrator assignment outright, and asks a second, explicit
 * confirmation before the last directory-scope Global Administrator or Privileged Role Administrator goes.
 * The server action checks the same rules again.
 */
export function RemoveAssignmentDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  role: RemoveDialogRole;
  selected: RoleAssignmentRow[];
  assignmentsOfRole: RoleAssignmentRow[];
  signedInUserId: string;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const { open, onOpenChange, ...body } = props;
  return (
    <Dialog open={open} onOpenChange={(_, data) => { if (!props.pending) onOpenChange(data.open); }} modalType="alert">
      <DialogSurface>
        <Body {...body} onClose={() => onOpenChange(false)} />
      </DialogSurface>
    </Dialog>
  );
}
