import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/common/not-built-yet';
import { BladeHeader } from '@/components/shell/blade-header';

export const metadata: Metadata = { title: 'Roles and administrators' };

export default function Page() {
  return (
    <>
      <BladeHeader crumbs={[{ label: 'Roles and administrators' }]} title="Roles and administrators" section="All roles" />
      <NotBuiltYet what="The list of all roles with their assignments" issue={5} />
    </>
  );
}
