import { Skeleton, SkeletonItem, skeletonStyles as s } from '@/components/common/skeleton';

/** The Assignments tab while it loads: command bar, filters, and rows shaped like the table's columns. */
export function AssignmentsSkeleton() {
  return (
    <Skeleton label="Loading assignments" className={s.gapM}>
      <div className={s.hbar}>
        {[0, 1, 2, 3].map((i) => <SkeletonItem key={i} size={32} width="140px" />)}
      </div>
      <div className={s.hbar}>
        {[0, 1, 2, 3].map((i) => <SkeletonItem key={i} size={32} width="200px" />)}
      </div>
      {Array.from({ length: 8 }, (_, row) => (
        <div key={row} className={s.gridRow} style={{ gridTemplateColumns: '32px minmax(0, 3fr) minmax(0, 1fr) minmax(0, 3fr) minmax(0, 2fr)' }}>
          <SkeletonItem size={16} square />
          <SkeletonItem size={24} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
          <SkeletonItem size={16} />
        </div>
      ))}
    </Skeleton>
  );
}
