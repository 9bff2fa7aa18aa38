import { NotFoundMessage } from '@/components/common/not-found-message';

export default function NotFound() {
  return <NotFoundMessage title="Page not found" message="There is no page at this address." />;
}
