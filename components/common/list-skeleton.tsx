'use client';

import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  summary: { width: '180px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** The list part of a list blade while the server reads a page: its header and commands stay above it. */
export function ListSkeleton({ label, columns, rows = 10 }: { label: string; columns: number; rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} aria-busy="true" className={styles.root}>
      <SkeletonItem size={16} className={styles.summary} />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className={styles.row} style={{ gridTemplateColumns: `2fr repeat(${columns - 1}, minmax(0, 1fr))` }}>
          {Array.from({ length: columns }, (_, column) => <SkeletonItem key={column} size={16} />)}
        </div>
      ))}
    </Skeleton>
  );
}
