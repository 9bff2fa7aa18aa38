'use client';

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import NextLink from 'next/link';
import type { GroupListState, GroupRow } from '@/lib/views/groups';
import { GroupsTable } from './groups-table';
import { ListPager } from '@/components/common/list-pager';

const useStyles = makeStyles({
  summary: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS, minHeight: '32px' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
});

const number = new Intl.NumberFormat('en');

/** One page of All groups: how many match, Previous/Next, and the table (or why it is empty). */
export function GroupsResults({ rows, count, nextCursor, state, pageSize }: {
  rows: GroupRow[];
  count: number | undefined;
  nextCursor: string | null;
  state: GroupListState;
  pageSize: number;
}) {
  const styles = useStyles();
  const first = state.after.length * pageSize + 1;
  const pageCount = count === undefined ? null : Math.max(1, Math.ceil(count / pageSize));
  const filtered = Boolean(state.search || state.roleAssignable);
  return (
    <>
      <div className={styles.summary}>
        <Text className={styles.muted} role="status">
          {rows.length === 0
            ? 'No groups'
            : `${number.format(first)}\u2013${number.format(first + rows.length - 1)}${count === undefined ? '' : ` of ${number.format(count)}`} ${count === 1 ? 'group' : 'groups'}${filtered ? ' match' : ''}`}
        </Text>
        <ListPager
          pathname="/groups"
          query={{ search: state.search || undefined, roleAssignable: state.roleAssignable ? '1' : undefined }}
          after={state.after}
          nextCursor={nextCursor}
          pageCount={pageCount}
        />
      </div>
      {rows.length === 0 ? (
        <div className={styles.empty}>
          <Text>{filtered ? 'No groups match the search and filters.' : 'There are no groups in this directory yet.'}</Text>
          {filtered ? (
            <NextLink prefetch={false} href="/groups">
              <Button tabIndex={-1}>Clear search and filters</Button>
            </NextLink>
          ) : null}
        </div>
      ) : (
        <GroupsTable rows={rows} />
      )}
    </>
  );
}
