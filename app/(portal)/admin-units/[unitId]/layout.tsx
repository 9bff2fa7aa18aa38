import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadAdministrativeUnit } from '@/lib/views/admin-units';

// Every tab of the unit needs the unit: a malformed id or an unknown unit shows admin-units/not-found.tsx (a
// layout's notFound() is caught by the parent segment's boundary). The read is cached for the page below.
export default async function AdministrativeUnitLayout({ children, params }: { children: ReactNode; params: Promise<{ unitId: string }> }) {
  const unit = await loadAdministrativeUnit((await params).unitId);
  if (!unit) notFound();
  return children;
}
