import { NotFoundMessage } from '@/components/common/not-found-message';

export default function AppRegistrationNotFound() {
  return (
    <NotFoundMessage
      title="App registration not found"
      message="This app registration doesn't exist, or was deleted. Check the link, or pick the app from the list."
      backHref="/app-registrations"
      backLabel="Go to App registrations"
    />
  );
}
