import { NotFoundMessage } from '@/components/common/not-found-message';

export default function RoleNotFound() {
  return (
    <NotFoundMessage
      title="Role not found"
      message="This role doesn't exist, or was deleted."
      backHref="/roles"
      backLabel="Go to All roles"
    />
  );
}
