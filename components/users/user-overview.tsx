'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CopyableId } from '@/components/common/copyable-id';
import { PropertyList } from '@/components/common/property-list';
import type { UserSummary } from './user-blade-header';
import { AppLink } from '@/components/common/app-link';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A user's Overview: who they are in the directory, and where to see their roles. */
export function UserOverview({ user }: { user: UserSummary }) {
  const styles = useStyles();
  const none = <Text className={styles.muted}>Not set</Text>;
  return (
    <div className={styles.root}>
      <PropertyList
        heading="Basic information"
        properties={[
          { label: 'Display name', value: user.displayName },
          { label: 'User principal name', value: user.userPrincipalName },
          { label: 'User type', value: user.userType ?? none },
          { label: 'Job title', value: user.jobTitle || none },
          { label: 'Department', value: user.department || none },
          { label: 'Email', value: user.mail || none },
          { label: 'Account enabled', value: user.accountEnabled === null ? none : user.accountEnabled ? 'Yes' : 'No' },
          { label: 'Object ID', value: <CopyableId id={user.id} label="Copy object ID" /> },
          { label: 'Assigned roles', value: <AppLink href={`/users/${user.id}/roles`}>See the roles this user holds, directly or through groups</AppLink> },
        ]}
      />
    </div>
  );
}
