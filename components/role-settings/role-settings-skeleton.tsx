import { Skeleton, SkeletonItem, skeletonStyles as s } from '@/components/common/skeleton';

/** Role settings while they load: the command bar, then the Activation and Assignment lists. */
export function RoleSettingsSkeleton() {
  return (
    <Skeleton label="Loading the role's settings" className={s.gapM} style={{ maxWidth: '960px' }}>
      <SkeletonItem size={32} width="200px" />
      <SkeletonItem size={16} width="70%" />
      {[5, 6].map((rows) => (
        <div key={rows} className={`${s.skeleton} ${s.gapS}`}>
          <SkeletonItem size={20} width="140px" />
          {Array.from({ length: rows }, (_, i) => <SkeletonItem key={i} size={16} />)}
        </div>
      ))}
    </Skeleton>
  );
}
