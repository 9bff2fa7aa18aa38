// In the (list) group so that this loading.tsx covers All roles only, not the role blades under [roleId].
import { RolesSkeleton } from '@/components/roles/roles-skeleton';

export default function Loading() {
  return <RolesSkeleton />;
}
