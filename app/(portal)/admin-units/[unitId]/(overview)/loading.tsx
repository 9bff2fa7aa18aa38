import { TableSkeleton } from '@/components/list/table-skeleton';

export default function Loading() {
  return <TableSkeleton rows={8} columns={2} label="Loading the administrative unit" />;
}
