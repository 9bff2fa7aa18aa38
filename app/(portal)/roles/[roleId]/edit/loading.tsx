import { DescriptionSkeleton } from '@/components/role-blade/description-skeleton';

export default function Loading() {
  return <DescriptionSkeleton />;
}
