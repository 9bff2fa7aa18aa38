'use client';

import { makeStyles, Toolbar, ToolbarButton, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { ListSearch } from '@/components/common/list-search';

const useStyles = makeStyles({
  toolbar: { paddingInline: 0 },
  filters: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, paddingBlock: tokens.spacingVerticalS },
});

/** All users' command bar and search; in the list's layout, so the search box keeps focus while a page loads. */
export function UsersCommands() {
  const styles = useStyles();
  const router = useRouter();
  const params = useSearchParams();
  const search = params.get('search')?.trim() ?? '';
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Toolbar aria-label="User commands" className={styles.toolbar}>
        <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={pending} onClick={() => startTransition(() => router.refresh())}>
          Refresh
        </ToolbarButton>
      </Toolbar>
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
