import { ListSkeleton } from '@/components/common/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading users" columns={6} />;
}
