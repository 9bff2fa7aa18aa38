'use client';

import { makeStyles, ToolbarButton, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular, PersonKey20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useTransition, type MouseEvent } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { CsvDownloadButton, type DownloadOutcome } from '@/components/common/csv-download-button';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { useSignedInAdminWhenKnown } from '@/components/auth/signed-in-admin-context';
import { CUSTOM_ROLES_DENIED } from '@/lib/roles/custom-role-body';

const useStyles = makeStyles({
  root: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
});

/**
 * The All roles command bar, in Entra's order: New custom role, Your role, Download assignments, Refresh. New custom
 * role is disabled, with the reason, for an admin who may not create roles (Graph's 403 stays the real check).
 */
export function RolesToolbar({ onDownloaded }: { onDownloaded: (outcome: DownloadOutcome) => void }) {
  const styles = useStyles();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const follow = (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(href);
  };
  return (
    <CommandBar label="All roles commands" className={styles.root}>
      <NewCustomRoleButton onFollow={follow('/roles/new')} />
      <ToolbarButton as="a" href="/my-roles" icon={<PersonKey20Regular />} onClick={follow('/my-roles')}>
        Your role
      </ToolbarButton>
      <CsvDownloadButton url="/api/assignments-csv" label="Download assignments" fallbackFileName="role-assignments.csv" onDone={onDownloaded} />
      <ToolbarButton
        icon={<ArrowClockwise20Regular />}
        onClick={() => startRefresh(() => router.refresh())}
        disabledFocusable={refreshing}
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </ToolbarButton>
    </CommandBar>
  );
}

function NewCustomRoleButton({ onFollow }: { onFollow: (event: MouseEvent) => void }) {
  const admin = useSignedInAdminWhenKnown();
  // Who may create roles is known once the admin's roles are read: until then the command waits, disabled.
  if (!admin) return <ToolbarButton icon={<Add20Regular />} disabledFocusable>New custom role</ToolbarButton>;
  const denied = admin.canManageRoleAssignments ? null : (admin.rolesUnavailable ? admin.manageDeniedReason : CUSTOM_ROLES_DENIED);
  if (denied) return <GuardedToolbarButton icon={<Add20Regular />} onClick={() => undefined} disabledReason={denied}>New custom role</GuardedToolbarButton>;
  return (
    <ToolbarButton as="a" href="/roles/new" icon={<Add20Regular />} onClick={onFollow}>
      New custom role
    </ToolbarButton>
  );
}
