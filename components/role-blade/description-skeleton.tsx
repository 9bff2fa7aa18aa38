'use client';

import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
  wide: { width: '80%' },
  field: { width: '40%' },
  search: { width: '320px' },
});

/** The Description tab while it loads: summary lines, then the permissions list. */
export function DescriptionSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading the role's description" aria-busy="true" className={styles.root}>
      <SkeletonItem size={16} className={styles.wide} />
      {[0, 1, 2, 3].map((i) => <SkeletonItem key={i} size={16} className={styles.field} />)}
      <SkeletonItem size={32} className={styles.search} />
      {Array.from({ length: 10 }, (_, i) => <SkeletonItem key={i} size={16} />)}
    </Skeleton>
  );
}
