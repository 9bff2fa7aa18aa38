'use client';

import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM },
  button: { width: '140px' },
  filters: { display: 'flex', gap: tokens.spacingHorizontalM },
  filter: { width: '200px' },
  row: {
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 3fr) minmax(0, 1fr) minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** The Assignments tab while it loads: command bar, filters, and rows shaped like the table's columns. */
export function AssignmentsSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading assignments" aria-busy="true" className={styles.root}>
      <div className={styles.toolbar}>
        {[0, 1, 2, 3].map((i) => <SkeletonItem key={i} size={32} className={styles.button} />)}
      </div>
      <div className={styles.filters}>
        {[0, 1, 2, 3].map((i) => <SkeletonItem key={i} size={32} className={styles.filter} />)}
      </div>
      {Array.from({ length: 8 }, (_, row) => (
        <div key={row} className={styles.row}>
          <SkeletonItem size={16} shape="square" />
          <SkeletonItem size={24} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </div>
      ))}
    </Skeleton>
  );
}
