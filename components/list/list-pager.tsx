'use client';

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/**
 * Previous / Next over a server-driven list. Pages are Graph's: `after` holds the `$skiptoken` of every page
 * already passed, so Previous drops the last one and Next adds Graph's next one; a reload opens the same page.
 */
export function ListPager({ pathname, query, after, nextCursor, pageCount }: {
  pathname: string;
  /** The list's other state (search, filters), kept on every page. */
  query: Record<string, string | undefined>;
  after: string[];
  nextCursor: string | null;
  pageCount: number | null;
}) {
  const styles = useStyles();
  const router = useRouter();
  const hrefFor = (trail: string[]) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    for (const token of trail) params.append('after', token);
    const text = params.toString();
    return text ? `${pathname}?${text}` : pathname;
  };
  const page = after.length + 1;
  if (page === 1 && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className={styles.root}>
      <Button
        appearance="subtle"
        icon={<ChevronLeft20Regular />}
        disabled={page <= 1}
        onClick={() => router.push(hrefFor(after.slice(0, -1)))}
      >
        Previous
      </Button>
      <Text>{pageCount ? `Page ${formatCount(page)} of ${formatCount(pageCount)}` : `Page ${formatCount(page)}`}</Text>
      <Button
        appearance="subtle"
        icon={<ChevronRight20Regular />}
        iconPosition="after"
        disabled={!nextCursor}
        onClick={() => nextCursor && router.push(hrefFor([...after, nextCursor]))}
      >
        Next
      </Button>
    </nav>
  );
}
