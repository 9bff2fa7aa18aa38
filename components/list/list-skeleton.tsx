import { Skeleton, SkeletonItem, skeletonStyles as s } from '@/components/common/skeleton';

/** The list part of a list blade while the server reads a page: its header and commands stay above it. */
export function ListSkeleton({ label, columns, rows = 10 }: { label: string; columns: number; rows?: number }) {
  return (
    <Skeleton label={label} className={`${s.gapS} ${s.padS}`}>
      <SkeletonItem size={16} width="180px" />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className={s.gridRow} style={{ gridTemplateColumns: `2fr repeat(${columns - 1}, minmax(0, 1fr))` }}>
          {Array.from({ length: columns }, (_, column) => <SkeletonItem key={column} size={16} />)}
        </div>
      ))}
    </Skeleton>
  );
}
