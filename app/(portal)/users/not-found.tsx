import { NotFoundMessage } from '@/components/common/not-found-message';

export default function UserNotFound() {
  return (
    <NotFoundMessage
      title="User not found"
      message="This user doesn't exist, or was deleted."
      backHref="/users"
      backLabel="Go to All users"
    />
  );
}
