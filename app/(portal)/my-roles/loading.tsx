import { TableSkeleton } from '@/components/list/table-skeleton';

export default function Loading() {
  return <TableSkeleton label="Loading my roles" />;
}
