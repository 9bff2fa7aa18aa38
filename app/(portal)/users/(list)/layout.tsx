import type { ReactNode } from 'react';
import { BladeHeader } from '@/components/shell/blade-header';
import { UsersCommands } from '@/components/users/users-commands';

// Header and search above the page's Suspense boundary: a new search shows the skeleton for the list only.
export default function UsersListLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Users' }]}
        title="Users"
        section="All users"
        description="Open a user to see the directory roles they hold, directly or through a group."
      />
      <UsersCommands />
      {children}
    </>
  );
}
