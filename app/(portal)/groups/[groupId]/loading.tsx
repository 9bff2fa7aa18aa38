import { ListSkeleton } from '@/components/common/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading group" columns={3} rows={6} />;
}
