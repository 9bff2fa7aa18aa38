import { ListSkeleton } from '@/components/common/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading groups" columns={6} />;
}
