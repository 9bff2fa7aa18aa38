'use client';

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import type { AssignmentPage } from '@/lib/roles/assignment-filters';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  summary: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** How many of a whole role's assignments the filters keep, and Previous/Next over them, 100 at a time. */
export function AssignmentsSummary({ total, matching, page, selected, onPage }: {
  total: number;
  matching: number;
  page: AssignmentPage;
  selected: number;
  onPage: (page: number) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.summary}>
      <Text role="status" className={styles.muted}>
        {matching === total
          ? `${formatCount(total)} ${total === 1 ? 'assignment' : 'assignments'}`
          : `${formatCount(matching)} of ${formatCount(total)} assignments match the filters`}
        {selected ? ` \u00b7 ${formatCount(selected)} selected` : ''}
      </Text>
      {page.pageCount > 1 ? (
        <nav aria-label="Pages" className={styles.pager}>
          <Text>{`${formatCount(page.first)}\u2013${formatCount(page.last)} of ${formatCount(matching)}`}</Text>
          <Button appearance="subtle" icon={<ChevronLeft20Regular />} aria-label="Previous page" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)} />
          <Text>{`Page ${formatCount(page.page)} of ${formatCount(page.pageCount)}`}</Text>
          <Button
            appearance="subtle"
            icon={<ChevronRight20Regular />}
            aria-label="Next page"
            disabled={page.page >= page.pageCount}
            onClick={() => onPage(page.page + 1)}
          />
        </nav>
      ) : null}
    </div>
  );
}
