'use client';

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import NextLink from 'next/link';
import type { ReactNode } from 'react';
import { ListPager } from './list-pager';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  summary: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS, minHeight: '32px' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
});

/**
 * One page of a server-driven list (All groups, All users): "1–100 of 5,000 groups", Previous/Next, and the table,
 * or why the page is empty with a way back to the whole list.
 */
export function PagedResults({ shown, count, pageSize, after, nextCursor, pathname, query, noun, filtered, emptyText, clearLabel, children }: {
  /** Rows on this page. */
  shown: number;
  /** Graph's count of every matching row, when it gave one. */
  count: number | undefined;
  pageSize: number;
  after: string[];
  nextCursor: string | null;
  pathname: string;
  /** The list's search and filters, kept on every page. */
  query: Record<string, string | undefined>;
  noun: { one: string; many: string };
  filtered: boolean;
  emptyText: string;
  clearLabel: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const first = after.length * pageSize + 1;
  const pageCount = count === undefined ? null : Math.max(1, Math.ceil(count / pageSize));
  return (
    <>
      <div className={styles.summary}>
        <Text className={styles.muted} role="status">
          {shown === 0
            ? `No ${noun.many}`
            : `${formatCount(first)}\u2013${formatCount(first + shown - 1)}${count === undefined ? '' : ` of ${formatCount(count)}`} ${count === 1 ? noun.one : noun.many}${filtered ? ' match' : ''}`}
        </Text>
        <ListPager pathname={pathname} query={query} after={after} nextCursor={nextCursor} pageCount={pageCount} />
      </div>
      {shown === 0 ? (
        <div className={styles.empty}>
          <Text>{emptyText}</Text>
          {filtered ? (
            <NextLink prefetch={false} href={pathname}>
              <Button tabIndex={-1}>{clearLabel}</Button>
            </NextLink>
          ) : null}
        </div>
      ) : (
        children
      )}
    </>
  );
}
