'use client';

import { Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { roleDefinitionDeletePlan } from '@/lib/graph/role-definition-plans';
import type { RoleSummary } from '@/lib/views/role-blade';
import { readRoleHolders, type RoleHoldersRead } from './role-holder-actions';

const useStyles = makeStyles({
  holders: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '12rem', overflowY: 'auto' },
});

const SHOWN = 10;

/**
 * Delete on a custom role: Graph refuses while anyone holds the role, actively or eligible through PIM, so the
 * dialog reads the holders first and, when there are any, names them (who, where, how) instead of asking. Mounted
 * when it opens, so each opening reads afresh.
 */
export function DeleteRoleDialog({ role, open, onOpenChange, action, pending }: {
  role: RoleSummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const [read, setRead] = useState<RoleHoldersRead | null>(null);
  useEffect(() => {
    if (!open) return;
    let current = true;
    readRoleHolders(role.id).then((answer) => current && setRead(answer), () => current && setRead({ ok: false, message: 'The role\u2019s assignments couldn\u2019t be read. Close and try again.' }));
    return () => {
      current = false;
    };
  }, [open, role.id]);

  const holders = read?.ok ? read.holders : [];
  const refusal = holders.length
    ? `${role.displayName} can\u2019t be deleted while it is assigned: Microsoft Graph refuses to delete a role that is held, actively or eligible. Remove ${holders.length === 1 ? 'this assignment' : `these ${holders.length} assignments`} on the Assignments tab first.`
    : null;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${role.displayName}`}
      action={action}
      pending={pending}
      pendingLabel={'Deleting\u2026'}
      fields={[['roleId', role.id], ['roleName', role.displayName]]}
      refusal={refusal}
      refusalTitle={'Can\u2019t delete'}
      refusalDetails={<RoleHoldersList read={read} roleId={role.id} />}
      confirmDisabled={!read?.ok}
      startActions={<GraphRequestPreview requests={() => [roleDefinitionDeletePlan(role.id)]} actionLabel="Delete" emptyMessage="Nothing to send." />}
    >
      {read === null ? <Spinner size="tiny" label={'Checking who holds this role\u2026'} labelPosition="after" /> : null}
      {read && !read.ok ? <Text role="alert">{read.message}</Text> : null}
      {read?.ok ? (
        <Text>
          Delete the custom role {role.displayName}? Nobody holds it. A deleted custom role can&apos;t be recovered here; you can
          create it again with the same permissions.
        </Text>
      ) : null}
    </ConfirmDialog>
  );
}

/** The holders named in the refusal: who, where, and whether active or eligible. */
export function RoleHoldersList({ read, roleId }: { read: RoleHoldersRead | null; roleId: string }) {
  const styles = useStyles();
  if (!read?.ok || read.holders.length === 0) return null;
  const shown = read.holders.slice(0, SHOWN);
  return (
    <>
      <ul className={styles.holders} aria-label="Who holds this role">
        {shown.map((holder, index) => (
          <li key={index}>{holder.principalName}, {holder.scopeName === 'Directory' ? 'over the directory' : `over ${holder.scopeName}`} ({holder.how})</li>
        ))}
      </ul>
      {read.holders.length > SHOWN ? <Text>and {read.holders.length - SHOWN} more.</Text> : null}
      <Link href={`/roles/${roleId}`}>Open the Assignments tab</Link>
    </>
  );
}
