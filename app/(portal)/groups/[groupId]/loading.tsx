import { ListSkeleton } from '@/components/list/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading group" columns={3} rows={6} />;
}
