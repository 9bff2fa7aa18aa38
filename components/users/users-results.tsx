'use client';

import {
  Avatar,
  Button,
  createTableColumn,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { ListGrid } from '@/components/common/list-grid';
import { ListPager } from '@/components/common/list-pager';
import type { User } from '@/lib/graph/schemas';
import { AppLink } from '@/components/common/app-link';

const useStyles = makeStyles({
  summary: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS, minHeight: '32px' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
});

const number = new Intl.NumberFormat('en');

function NameCell({ user }: { user: User }) {
  const styles = useStyles();
  const name = user.displayName ?? user.userPrincipalName;
  return (
    <span className={styles.name}>
      <Avatar size={28} name={name} color="colorful" aria-hidden />
      <AppLink href={`/users/${user.id}`}>{name}</AppLink>
    </span>
  );
}

function Muted({ children }: { children: string }) {
  return <Text className={useStyles().muted}>{children}</Text>;
}

const orDash = (value: string | null | undefined) => (value ? value : <Muted>—</Muted>);

const columns: TableColumnDefinition<User>[] = [
  createTableColumn<User>({ columnId: 'name', renderHeaderCell: () => 'Display name', renderCell: (user) => <NameCell user={user} /> }),
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
    renderCell: (user) => (user.accountEnabled === false ? 'No' : user.accountEnabled ? 'Yes' : <Muted>—</Muted>),
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
  const styles = useStyles();
  const first = after.length * pageSize + 1;
  const pageCount = count === undefined ? null : Math.max(1, Math.ceil(count / pageSize));
  return (
    <>
      <div className={styles.summary}>
        <Text className={styles.muted} role="status">
          {users.length === 0
            ? 'No users'
            : `${number.format(first)}\u2013${number.format(first + users.length - 1)}${count === undefined ? '' : ` of ${number.format(count)}`} ${count === 1 ? 'user' : 'users'}${search ? ' match' : ''}`}
        </Text>
        <ListPager pathname="/users" query={{ search: search || undefined }} after={after} nextCursor={nextCursor} pageCount={pageCount} />
      </div>
      {users.length === 0 ? (
        <div className={styles.empty}>
          <Text>{search ? `No users match \u201c${search}\u201d.` : 'There are no users in this directory.'}</Text>
          {search ? (
            <NextLink prefetch={false} href="/users">
              <Button tabIndex={-1}>Clear search</Button>
            </NextLink>
          ) : null}
        </div>
      ) : (
        <ListGrid items={users} columns={columns} getRowId={(user) => user.id} columnSizingOptions={sizing} label="Users" />
      )}
    </>
  );
}
