import { RolesSkeleton } from '@/components/roles/roles-skeleton';

export default function Loading() {
  return <RolesSkeleton />;
}
