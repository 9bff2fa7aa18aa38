import { NotFoundMessage } from '@/components/common/not-found-message';

export default function PortalNotFound() {
  return <NotFoundMessage title="Not found" message="What you are looking for doesn't exist, or was removed." />;
}
