'use client';

import { makeStyles, ToolbarButton, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { ListSearch } from '@/components/list/list-search';
import { readSearch } from '@/lib/views/list-params';

const useStyles = makeStyles({
  filters: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, paddingBlock: tokens.spacingVerticalS },
});

/** All users' command bar and search; in the list's layout, so the search box keeps focus while a page loads. */
export function UsersCommands() {
  const styles = useStyles();
  const router = useRouter();
  const params = useSearchParams();
  // The search the list used: one it ignored (see lib/views/list-params.ts) is not shown as if it applied.
  const search = readSearch(params.get('search') ?? undefined).search;
  const [pending, startTransition] = useTransition();
  return (
    <>
      <CommandBar label="User commands">
        <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={pending} onClick={() => startTransition(() => router.refresh())}>
          Refresh
        </ToolbarButton>
      </CommandBar>
      <div className={styles.filters} role="search">
        <ListSearch
          value={search}
          onSearch={(next) => startTransition(() => router.push(next ? `/users?search=${encodeURIComponent(next)}` : '/users'))}
          label="Search by name or user principal name"
          pending={pending}
        />
      </div>
    </>
  );
}
