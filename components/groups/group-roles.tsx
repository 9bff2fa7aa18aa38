'use client';

import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, ToolbarButton, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import type { GroupRoleRow, GroupSummary } from '@/lib/views/groups';
import { ScopedRolesTable } from '@/components/common/scoped-roles-table';
import { AppLink } from '@/components/common/app-link';
import { countOf } from '@/lib/format/count';

const useStyles = makeStyles({
  notes: { marginBlock: tokens.spacingVerticalS },
  summary: { marginBlock: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalXL,
    color: tokens.colorNeutralForeground2,
  },
});

/** A group's Assigned roles: every role assignment whose principal is the group, at every scope. */
export function GroupRoles({ group, rows }: { group: GroupSummary; rows: GroupRoleRow[] }) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  return (
    <>
      <CommandBar label="Assigned roles commands">
        <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
          Refresh
        </ToolbarButton>
      </CommandBar>
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
            <MessageBarBody>
              Every member of this group holds these roles.{' '}
              {admin.canManageRoleAssignments
                ? 'To assign the group another role, open the role in All roles, select Add assignments and search for this group.'
                : `Assigning roles needs the Privileged Role Administrator or Global Administrator role.`}
              {admin.canManageRoleAssignments ? (
                <>
                  {' '}
                  <AppLink href="/roles" inline>Assign a role</AppLink>
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {group.isAssignableToRole ? (
        <>
          <Text block className={styles.summary} role="status">{countOf(rows.length, 'role assignment', 'role assignments')}</Text>
          {rows.length === 0 ? (
            <div className={styles.empty}>
              <Text block>This group doesn&apos;t hold any roles yet.</Text>
              {admin.canManageRoleAssignments ? (
                <NextLink prefetch={false} href="/roles"><Button tabIndex={-1}>Go to All roles</Button></NextLink>
              ) : null}
            </div>
          ) : (
            <ScopedRolesTable rows={rows} label={`Roles assigned to ${group.displayName}`} extraColumns={[{ columnId: 'kind', header: 'Scope type', cell: (row) => row.scopeKindLabel }]} />
          )}
        </>
      ) : null}
    </>
  );
}
