'use client';

import { Button, makeStyles, ToolbarButton, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular, Filter20Regular } from '@fluentui/react-icons';
import dynamic from 'next/dynamic';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, useTransition } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { onDemand } from '@/components/common/on-demand';
import { useMenuButton } from '@/components/common/use-menu-button';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { CREATE_GROUP_DENIED, canCreateGroups } from '@/lib/roles/group-rules';
import { ListSearch } from '@/components/list/list-search';
import { readSearch } from '@/lib/views/list-params';

const NewGroupPanel = onDemand(() => import('./new-group-panel').then((module) => module.NewGroupPanel));
const GroupsFilterMenu = onDemand(() => import('./groups-filter-menu').then((module) => module.GroupsFilterMenu));
const AppliedFilterTags = dynamic(() => import('@/components/list/applied-filter-tags').then((module) => module.AppliedFilterTags));

const useStyles = makeStyles({
  // Longhands, not paddingInline: Fluent's Toolbar sets the padding shorthand, and between two shorthands Griffel's
  // stylesheet order decides, which varies from one page load to the next (the commands moved by 8 px).
  filters: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, paddingBlock: tokens.spacingVerticalS },
});

type ListFilters = { search: string; roleAssignable: boolean };

export function groupsListHref(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set('search', filters.search);
  if (filters.roleAssignable) params.set('roleAssignable', '1');
  const text = params.toString();
  return text ? `/groups?${text}` : '/groups';
}

/**
 * All groups' command bar, search and "Add filters → Role assignable". It lives in the list's layout, so it stays
 * put (and keeps focus) while the server reads the next page of groups below it.
 */
export function GroupsCommands() {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const params = useSearchParams();
  const filters: ListFilters = { search: readSearch(params.get('search') ?? undefined).search, roleAssignable: params.get('roleAssignable') === '1' };
  const [pending, startTransition] = useTransition();
  const [newOpen, setNewOpen] = useState(false);
  const filterMenu = useMenuButton(GroupsFilterMenu.preload);
  // Any change of search or filter starts again at the first page.
  const go = (next: ListFilters) => startTransition(() => router.push(groupsListHref(next)));
  const canCreate = canCreateGroups(admin);

  return (
    <>
      <CommandBar label="Group commands">
        <GuardedToolbarButton icon={<Add20Regular />} onClick={() => setNewOpen(true)} preload={NewGroupPanel.preload} disabledReason={canCreate ? null : CREATE_GROUP_DENIED}>
          New group
        </GuardedToolbarButton>
        <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={pending} onClick={() => startTransition(() => router.refresh())}>
          Refresh
        </ToolbarButton>
      </CommandBar>
      <div className={styles.filters} role="search">
        <ListSearch value={filters.search} onSearch={(search) => go({ ...filters, search })} label="Search groups by name" pending={pending} />
        <Button {...filterMenu.buttonProps} appearance="subtle" icon={<Filter20Regular />}>Add filters</Button>
        <GroupsFilterMenu
          target={filterMenu.target}
          open={filterMenu.open}
          onOpenChange={filterMenu.setOpen}
          roleAssignable={filters.roleAssignable}
          onChange={(roleAssignable) => {
            // One filter: applying it is the end of the choice, so the menu closes.
            filterMenu.setOpen(false);
            go({ ...filters, roleAssignable });
          }}
        />
        {filters.roleAssignable ? (
          <AppliedFilterTags
            tags={[{ value: 'roleAssignable', label: 'Role assignable: Yes' }]}
            removeLabel="Remove filter"
            onRemove={() => go({ ...filters, roleAssignable: false })}
          />
        ) : null}
      </div>
      {canCreate ? <NewGroupPanel open={newOpen} onOpenChange={setNewOpen} /> : null}
    </>
  );
}
