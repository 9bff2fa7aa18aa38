'use client';

import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { CopyableId } from '@/components/common/copyable-id';
import type { GroupSummary } from '@/lib/views/groups';
import { PropertyList } from '@/components/common/property-list';
import { AppLink } from '@/components/common/app-link';
import { countOf } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A group's Overview: what it is, whether it can hold roles, and how many members and roles it has. */
export function GroupOverview({ group, memberCount, roleCount, created }: {
  group: GroupSummary;
  memberCount: number | null;
  roleCount: number | null;
  created: boolean;
}) {
  const styles = useStyles();
  const base = `/groups/${group.id}`;
  return (
    <div className={styles.root}>
      {created ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>Created group {group.displayName}.</MessageBarBody>
        </MessageBar>
      ) : null}
      <PropertyList
        heading="Basic information"
        properties={[
          { label: 'Name', value: group.displayName },
          { label: 'Description', value: group.description || <Text className={styles.muted}>No description</Text> },
          { label: 'Group type', value: group.typeLabel },
          { label: 'Membership type', value: group.membershipType },
          {
            label: 'Microsoft Entra roles can be assigned to the group',
            value: group.isAssignableToRole ? 'Yes' : 'No',
          },
          { label: 'Mail nickname', value: group.mailNickname || <Text className={styles.muted}>None</Text> },
          { label: 'Object ID', value: <CopyableId id={group.id} label="Copy object ID" /> },
          {
            label: 'Members',
            value: memberCount === null ? <Text className={styles.muted}>Unavailable</Text> : (
              <AppLink href={`${base}/members`}>{countOf(memberCount, 'member', 'members')}</AppLink>
            ),
          },
          {
            label: 'Assigned roles',
            value: roleCount === null ? (
              <Text className={styles.muted}>This group can&apos;t be assigned roles.</Text>
            ) : (
              <AppLink href={`${base}/roles`}>{countOf(roleCount, 'role assignment', 'role assignments')}</AppLink>
            ),
          },
        ]}
      />
    </div>
  );
}
