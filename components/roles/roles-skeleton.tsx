import { Skeleton, SkeletonItem, skeletonStyles as s } from '@/components/common/skeleton';

// The same proportions as the roles table's columns.
const cells = [
  { flexGrow: 4, flexBasis: 0 },
  { flexGrow: 6, flexBasis: 0 },
  { flexBasis: '96px', flexShrink: 0 },
  { flexBasis: '112px', flexShrink: 0 },
  { flexBasis: '120px', flexShrink: 0 },
];

/** All roles while it loads: breadcrumb, title, command bar, search and the table's columns. */
export function RolesSkeleton({ rows = 12 }: { rows?: number }) {
  return (
    <Skeleton label="Loading all roles" className={`${s.gapM} ${s.padXS}`}>
      <SkeletonItem size={12} width="220px" />
      <SkeletonItem size={28} width="420px" style={{ maxWidth: '60%' }} />
      <div className={s.hbar}>
        {[0, 1, 2, 3].map((button) => <SkeletonItem key={button} size={32} width="140px" />)}
      </div>
      <SkeletonItem size={32} width="320px" />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className={s.flexRow}>
          {cells.map((cell, column) => (
            <SkeletonItem key={column} size={16} style={cell} />
          ))}
        </div>
      ))}
    </Skeleton>
  );
}
