import { TableSkeleton } from '@/components/list/table-skeleton';

export default function Loading() {
  return <TableSkeleton rows={6} columns={3} label="Loading app registrations" />;
}
