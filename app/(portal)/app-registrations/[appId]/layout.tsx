import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadApplication } from '@/lib/views/app-registrations';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ appId: string }>;

// A malformed or unknown app is a 404. The check renders beside the page (the page reads the same app, once, cached,
// and starts its other reads at once) but outside the page's loading boundary: nothing has streamed when it calls
// notFound(), so the status is a real 404 and app-registrations/not-found.tsx answers.
const ApplicationExists = quietOnLoadFailure(async function ApplicationExists({ params }: { params: Params }) {
  if (!(await loadApplication((await params).appId))) notFound();
  return null;
});

export default function AppRegistrationLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <ApplicationExists params={params} />
      {children}
    </>
  );
}
