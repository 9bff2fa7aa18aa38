'use client';

import {
  Avatar,
  createTableColumn,
  Text,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { AppLink } from '@/components/common/app-link';
import { MutedText, NameCell } from '@/components/list/list-cells';
import { ListGrid } from '@/components/list/list-grid';
import { PagedResults } from '@/components/list/paged-results';
import type { User } from '@/lib/graph/schemas';

function UserNameCell({ user }: { user: User }) {
  const name = user.displayName ?? user.userPrincipalName;
  return (
    <NameCell media={<Avatar size={28} name={name} color="colorful" aria-hidden />}>
      <AppLink href={`/users/${user.id}`}>{name}</AppLink>
    </NameCell>
  );
}

const orDash = (value: string | null | undefined) => (value ? value : <MutedText>—</MutedText>);

const columns: TableColumnDefinition<User>[] = [
  createTableColumn<User>({ columnId: 'name', renderHeaderCell: () => 'Display name', renderCell: (user) => <UserNameCell user={user} /> }),
  createTableColumn<User>({
    columnId: 'upn',
    renderHeaderCell: () => 'User principal name',
    renderCell: (user) => <Text truncate wrap={false} title={user.userPrincipalName}>{user.userPrincipalName}</Text>,
  }),
  createTableColumn<User>({ columnId: 'userType', renderHeaderCell: () => 'User type', renderCell: (user) => orDash(user.userType) }),
  createTableColumn<User>({ columnId: 'jobTitle', renderHeaderCell: () => 'Job title', renderCell: (user) => orDash(user.jobTitle) }),
  createTableColumn<User>({ columnId: 'department', renderHeaderCell: () => 'Department', renderCell: (user) => orDash(user.department) }),
  createTableColumn<User>({
    columnId: 'enabled',
    renderHeaderCell: () => 'Account enabled',
    renderCell: (user) => (user.accountEnabled === false ? 'No' : user.accountEnabled ? 'Yes' : <MutedText>—</MutedText>),
  }),
];

const sizing: TableColumnSizingOptions = {
  name: { idealWidth: 220, minWidth: 180 },
  upn: { idealWidth: 300, minWidth: 200 },
  userType: { idealWidth: 100, minWidth: 90 },
  jobTitle: { idealWidth: 180, minWidth: 120 },
  department: { idealWidth: 150, minWidth: 110 },
  enabled: { idealWidth: 130, minWidth: 120 },
};

/** One page of All users (Graph's page of 100), with Previous/Next and the total. */
export function UsersResults({ users, count, nextCursor, search, after, pageSize }: {
  users: User[];
  count: number | undefined;
  nextCursor: string | null;
  search: string;
  after: string[];
  pageSize: number;
}) {
  return (
    <PagedResults
      shown={users.length}
      count={count}
      pageSize={pageSize}
      after={after}
      nextCursor={nextCursor}
      pathname="/users"
      query={{ search: search || undefined }}
      noun={{ one: 'user', many: 'users' }}
      filtered={Boolean(search)}
      emptyText={search ? `No users match \u201c${search}\u201d.` : 'There are no users in this directory.'}
      clearLabel="Clear search"
    >
      <ListGrid items={users} columns={columns} getRowId={(user) => user.id} columnSizingOptions={sizing} label="Users" />
    </PagedResults>
  );
}
