import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadApplication } from '@/lib/views/app-registrations';

// Every tab of the app needs the app: a malformed id or an unknown app shows app-registrations/not-found.tsx (a
// layout's notFound() is caught by the parent segment's boundary). The read is cached for the page below.
export default async function AppRegistrationLayout({ children, params }: { children: ReactNode; params: Promise<{ appId: string }> }) {
  const app = await loadApplication((await params).appId);
  if (!app) notFound();
  return children;
}
