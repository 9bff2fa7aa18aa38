import { NotFoundMessage } from '@/components/common/not-found-message';

export default function AdministrativeUnitNotFound() {
  return (
    <NotFoundMessage
      title="Administrative unit not found"
      message="This administrative unit doesn't exist, or was deleted. Check the link, or pick the unit from the list."
      backHref="/admin-units"
      backLabel="Go to Administrative units"
    />
  );
}
