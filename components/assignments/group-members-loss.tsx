'use client';

import { makeStyles, Skeleton, SkeletonItem, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { AppLink } from '@/components/common/app-link';
import { QueryScope } from '@/components/shell/query-scope';
import { queryKeys } from '@/lib/query/keys';
import { scopeLabel, type RoleAssignmentRow } from '@/lib/roles/assignment-filters';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  loading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Preview = { count: number; members: Array<{ id: string; displayName: string | null }> } | null;
type PreviewResponse = { groups: Record<string, Preview> };

async function readPreviews(groupIds: readonly string[], signal: AbortSignal): Promise<PreviewResponse> {
  const params = new URLSearchParams(groupIds.map((id) => ['groupId', id]));
  const response = await fetch(`/api/group-members-preview?${params}`, { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (PreviewResponse & { error?: string }) | null;
  if (!response.ok || !body?.groups) throw new Error(body?.error ?? 'Microsoft Graph failed; try again.');
  return body;
}

/** "A", "A and B", "A, B and C": Entra's way of listing names in a sentence. */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who holds the role through one group's assignment, said after the group's name; `more` is how many go unnamed. */
export function lossSentence(preview: Preview, role: string): { text: string; more: number } {
  if (preview === null) return { text: ' no longer exists, so its members couldn\'t be read.', more: 0 };
  if (preview.count === 0) return { text: ` has no members, so no one holds ${role} through it.`, more: 0 };
  const names = preview.members.map((member) => member.displayName ?? member.id);
  const more = Math.max(0, preview.count - names.length);
  const who = more > 0 ? `${names.join(', ')} and ${more} ${more === 1 ? 'other' : 'others'}` : listNames(names);
  const members = preview.count === 1 ? '1 member' : `${preview.count} members`;
  return { text: ` (${members}): ${who} ${preview.count === 1 ? 'holds' : 'hold'} ${role} through it.`, more };
}

export type GroupMembersLossProps = {
  /** The selected assignments held by groups. */
  groups: RoleAssignmentRow[];
  roleName: string;
};

/**
 * Names the members who hold the role through each selected group's assignment (RemovalImpact then says who of them
 * really loses it): the member count and the first few names, and for a larger group a link to its members. Read
 * when the dialog opens; a failed read says so and leaves the removal possible.
 */
export function GroupMembersLoss(props: GroupMembersLossProps) {
  return (
    <QueryScope>
      <Loss {...props} />
    </QueryScope>
  );
}

function Loss({ groups, roleName }: GroupMembersLossProps) {
  const styles = useStyles();
  const headingId = useId();
  const groupIds = [...new Set(groups.map((row) => row.principalId.toLowerCase()))];
  const previews = useQuery({
    queryKey: queryKeys.groupMembersPreview(groupIds),
    queryFn: ({ signal }) => readPreviews(groupIds, signal),
    enabled: groupIds.length > 0,
    // Membership belongs to this moment: a later Remove reads it again.
    gcTime: 0,
    retry: false,
  });
  if (groupIds.length === 0) return null;
  if (previews.isPending) {
    return (
      <div className={styles.loading}>
        <Text className={styles.muted} role="status">
          Reading members…
        </Text>
        <Skeleton aria-label="Reading members">
          <SkeletonItem size={16} />
        </Skeleton>
      </div>
    );
  }
  if (previews.isError) {
    return (
      <Text className={styles.muted} role="status">
        The members couldn&apos;t be read: {previews.error.message} You can still remove the assignment; members of a group lose
        the role along with the group&apos;s assignment.
      </Text>
    );
  }
  return (
    <div className={styles.root}>
      <Text id={headingId} weight="semibold">
        Group members
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {groups.map((row) => {
          const preview = previews.data.groups[row.principalId.toLowerCase()] ?? null;
          const role = row.scopeKind === 'directory' ? roleName : `${roleName} at ${scopeLabel(row)}`;
          const { text, more } = lossSentence(preview, role);
          return (
            <li key={row.id}>
              <Text weight="semibold">{row.displayName}</Text>
              <Text>{text}</Text>
              {more > 0 ? (
                <>
                  {' '}
                  <AppLink inline href={`/groups/${row.principalId}/members`}>View all {preview?.count} members</AppLink>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Text className={styles.muted}>Who of them loses {roleName}, and who keeps it another way, is worked out below.</Text>
    </div>
  );
}
