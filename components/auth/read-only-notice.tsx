'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useSignedInAdmin } from './signed-in-admin-context';

const useStyles = makeStyles({ root: { marginBottom: tokens.spacingVerticalM } });

/** Tells an admin who may read but not change role assignments why the write actions are disabled. */
export function ReadOnlyNotice() {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  if (admin.canManageRoleAssignments) return null;
  return (
    <MessageBar intent="info" className={styles.root}>
      <MessageBarBody>
        <MessageBarTitle>{admin.rolesUnavailable ? 'Changes are disabled' : 'Read-only'}</MessageBarTitle>
        {admin.manageDeniedReason}
      </MessageBarBody>
    </MessageBar>
  );
}
