import { NotFoundMessage } from '@/components/common/not-found-message';

export default function GroupNotFound() {
  return (
    <NotFoundMessage
      title="Group not found"
      message="This group doesn't exist, or was deleted. A group created a moment ago can take a minute to appear: refresh to try again."
      backHref="/groups"
      backLabel="Go to All groups"
    />
  );
}
