import { Skeleton, SkeletonItem, skeletonStyles as s } from '@/components/common/skeleton';

/** The Description tab while it loads: summary lines, then the permissions list. */
export function DescriptionSkeleton() {
  return (
    <Skeleton label="Loading the role's description" className={s.gapM} style={{ maxWidth: '960px' }}>
      <SkeletonItem size={16} width="80%" />
      {[0, 1, 2, 3].map((i) => <SkeletonItem key={i} size={16} width="40%" />)}
      <SkeletonItem size={32} width="320px" />
      {Array.from({ length: 10 }, (_, i) => <SkeletonItem key={i} size={16} />)}
    </Skeleton>
  );
}
