import { ListSkeleton } from '@/components/list/list-skeleton';

export default function Loading() {
  return <ListSkeleton label="Loading user" columns={3} rows={6} />;
}
