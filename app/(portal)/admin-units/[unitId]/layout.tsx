import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { loadAdministrativeUnit } from '@/lib/views/admin-units';
import { quietOnLoadFailure } from '@/components/common/with-load-failure';

type Params = Promise<{ unitId: string }>;

// A malformed or unknown unit is a 404. The check renders beside the page (the page reads the same unit, once,
// cached, and starts its other reads at once) but outside the page's loading boundary: nothing has streamed when it
// calls notFound(), so the status is a real 404 and admin-units/not-found.tsx answers.
const UnitExists = quietOnLoadFailure(async function UnitExists({ params }: { params: Params }) {
  if (!(await loadAdministrativeUnit((await params).unitId))) notFound();
  return null;
});

export default function AdministrativeUnitLayout({ children, params }: { children: ReactNode; params: Params }) {
  return (
    <>
      <UnitExists params={params} />
      {children}
    </>
  );
}
