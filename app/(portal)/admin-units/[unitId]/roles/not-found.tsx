import { NotFoundMessage } from '@/components/common/not-found-message';

export default function RoleAtUnitNotFound() {
  return (
    <NotFoundMessage
      title="Role not found"
      message="This role doesn't exist, or was deleted. Pick a role from the unit's Roles and administrators."
      backHref="/admin-units"
      backLabel="Go to Administrative units"
    />
  );
}
