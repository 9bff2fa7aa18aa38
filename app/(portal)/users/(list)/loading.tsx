import { ListSkeleton } from '@/components/groups/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading users" columns={6} />;
}
