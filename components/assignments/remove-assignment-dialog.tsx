'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { formatCount } from '@/lib/format/count';
import { roleAssignmentDeleteRequests } from '@/lib/graph/request-plans';
import { principalTypeLabels, scopeLabel, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { lastHolderConsequence } from '@/lib/roles/last-admin';
import { planRemoval } from '@/lib/roles/removal-plan';
import { GroupMembersLoss } from './group-members-loss';
import { RemovalImpact } from './removal-impact';
import { LastHolderConfirmation, useLastHolderConfirmed } from './last-holder-confirmation';

const useStyles = makeStyles({
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

/**
 * The confirmation Entra asks before removing role assignments ("select Yes"), naming the role, each principal and
 * each scope. It refuses the admin's own Global Administrator assignment outright, and asks a second, explicit
 * confirmation before the last directory-scope Global Administrator or Privileged Role Administrator goes.
 * The server action checks the same rules again.
 */
export function RemoveAssignmentDialog({ open, onOpenChange, role, selected, assignmentsOfRole, signedInUserId, managingPeers = null, action, pending }: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  role: RemoveDialogRole;
  selected: RoleAssignmentRow[];
  assignmentsOfRole: RoleAssignmentRow[];
  signedInUserId: string;
  /** For GA and PRA: the other managing role's tenant-scope assignments, for an honest last-holder warning. */
  managingPeers?: number | null;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const styles = useStyles();
  const [confirmed, setConfirmed] = useLastHolderConfirmed(open);
  const plan = planRemoval({
    roleTemplateId: role.templateId ?? role.id,
    assignmentsOfRole,
    requestedIds: selected.map((row) => row.id),
    signedInUserId,
    lastHolderConfirmed: confirmed,
  });
  const count = selected.length;
  const lastHolder = plan.kind === 'needsConfirmation' || (plan.kind === 'ready' && plan.lastHolder);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={count === 1 ? 'Remove assignment' : `Remove ${formatCount(count)} assignments`}
      action={action}
      pending={pending}
      refusal={plan.kind === 'refused' || plan.kind === 'stale' ? plan.message : null}
      confirmDisabled={plan.kind !== 'ready'}
      fields={[
        ['roleId', role.id],
        ...selected.map((row) => ['assignmentId', row.id] as const),
        // Lets the server read just these holders' assignments; it still checks each id against Graph's answer.
        ...selected.map((row) => ['principalId', row.principalId] as const),
      ]}
      startActions={
        <GraphRequestPreview
          actionLabel="Yes"
          emptyMessage="Select at least one assignment to see the requests Remove will send."
          disabled={pending}
          requests={() => roleAssignmentDeleteRequests(selected.map((row) => row.id))}
        />
      }
    >
      <Text>
        {count === 1 ? 'Do you want to remove this assignment of ' : `Do you want to remove these ${formatCount(count)} assignments of `}
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
      {open ? <GroupMembersLoss groups={selected.filter((row) => row.principalType === 'group')} roleName={role.displayName} /> : null}
      {open && selected.length ? <RemovalImpact roleId={role.id} roleName={role.displayName} assignmentIds={selected.map((row) => row.id)} /> : null}
      {lastHolder ? (
        <LastHolderConfirmation
          roleName={role.displayName}
          consequence={lastHolderConsequence(role.templateId ?? role.id, managingPeers)}
          confirmed={confirmed}
          onConfirmedChange={setConfirmed}
        />
      ) : null}
    </ConfirmDialog>
  );
}
