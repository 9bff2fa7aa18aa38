import { AssignmentsSkeleton } from '@/components/role-blade/assignments-skeleton';

export default function Loading() {
  return <AssignmentsSkeleton />;
}
