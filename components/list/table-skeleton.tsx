import { Skeleton, SkeletonItem, skeletonStyles as s } from '@/components/common/skeleton';

/** A placeholder shaped like a blade: title, command bar and a table of `rows` rows and `columns` columns. */
export function TableSkeleton({ rows = 8, columns = 4, label = 'Loading' }: { rows?: number; columns?: number; label?: string }) {
  const template = `repeat(${columns}, minmax(0, 1fr))`;
  return (
    <Skeleton label={label} className={`${s.gapM} ${s.padS}`}>
      <SkeletonItem size={12} width="40%" />
      <SkeletonItem size={28} width="40%" />
      <div className={s.hbar}>
        <SkeletonItem size={32} width="120px" />
        <SkeletonItem size={32} width="120px" />
      </div>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className={s.gridRow} style={{ gridTemplateColumns: template }}>
          {Array.from({ length: columns }, (_, column) => (
            <SkeletonItem key={column} size={16} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
