'use client';

import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  heading: { width: '40%' },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM },
  button: { width: '120px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** A placeholder shaped like a blade: title, command bar and a table of `rows` rows and `columns` columns. */
export function TableSkeleton({ rows = 8, columns = 4, label = 'Loading' }: { rows?: number; columns?: number; label?: string }) {
  const styles = useStyles();
  const template = `repeat(${columns}, minmax(0, 1fr))`;
  return (
    <Skeleton aria-label={label} className={styles.root} aria-busy="true">
      <SkeletonItem size={12} className={styles.heading} />
      <SkeletonItem size={28} className={styles.heading} />
      <div className={styles.toolbar}>
        <SkeletonItem size={32} className={styles.button} />
        <SkeletonItem size={32} className={styles.button} />
      </div>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className={styles.row} style={{ gridTemplateColumns: template }}>
          {Array.from({ length: columns }, (_, column) => (
            <SkeletonItem key={column} size={16} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
