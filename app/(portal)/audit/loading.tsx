import { TableSkeleton } from '@/components/list/table-skeleton';

export default function Loading() {
  return <TableSkeleton rows={10} columns={7} label="Loading audit logs" />;
}
