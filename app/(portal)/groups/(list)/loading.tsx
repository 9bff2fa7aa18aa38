import { ListSkeleton } from '@/components/groups/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading groups" columns={6} />;
}
