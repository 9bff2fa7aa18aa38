import { NotFoundMessage } from '@/components/common/not-found-message';

export default function RoleAtAppNotFound() {
  return (
    <NotFoundMessage
      title="Role not found"
      message="This role doesn't exist, or was deleted. Pick a role from the app's Roles and administrators."
      backHref="/app-registrations"
      backLabel="Go to App registrations"
    />
  );
}
