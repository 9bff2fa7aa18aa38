import type { ReactNode } from 'react';
import { GroupsCommands } from '@/components/groups/groups-commands';
import { BladeHeader } from '@/components/shell/blade-header';

// The header, command bar and search live here, above the page's Suspense boundary: a new search shows the
// skeleton for the list only, and the search box keeps its focus and text.
export default function GroupsListLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Groups' }]}
        title="Groups"
        section="All groups"
        description="Only role-assignable groups can hold directory roles. Open a group to see its members and the roles it holds."
      />
      <GroupsCommands />
      {children}
    </>
  );
}
