import { RoleSettingsSkeleton } from '@/components/role-settings/role-settings-skeleton';

export default function Loading() {
  return <RoleSettingsSkeleton />;
}
