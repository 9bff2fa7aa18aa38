import { TableSkeleton } from '@/components/common/table-skeleton';

export default function Loading() {
  return <TableSkeleton label="Loading my roles" />;
}
