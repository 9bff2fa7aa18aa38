'use client';

import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalXS },
  crumb: { width: '220px' },
  title: { width: '420px', maxWidth: '60%' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM },
  button: { width: '140px' },
  search: { width: '320px' },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  // The same proportions as the roles table's columns.
  role: { flexGrow: 4, flexBasis: 0 },
  description: { flexGrow: 6, flexBasis: 0 },
  type: { flexBasis: '96px', flexShrink: 0 },
  privileged: { flexBasis: '112px', flexShrink: 0 },
  assignments: { flexBasis: '120px', flexShrink: 0 },
});

/** All roles while it loads: breadcrumb, title, command bar, search and the table's columns. */
export function RolesSkeleton({ rows = 12 }: { rows?: number }) {
  const styles = useStyles();
  const cells = [styles.role, styles.description, styles.type, styles.privileged, styles.assignments];
  return (
    <Skeleton aria-label="Loading all roles" aria-busy="true" className={styles.root}>
      <SkeletonItem size={12} className={styles.crumb} />
      <SkeletonItem size={28} className={styles.title} />
      <div className={styles.bar}>
        {[0, 1, 2, 3].map((button) => <SkeletonItem key={button} size={32} className={styles.button} />)}
      </div>
      <SkeletonItem size={32} className={styles.search} />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className={styles.row}>
          {cells.map((cell, column) => (
            <SkeletonItem key={column} size={16} className={cell} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
