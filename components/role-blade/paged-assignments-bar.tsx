'use client';

import { Caption1, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { ListPager } from '@/components/list/list-pager';
import { ListSearch } from '@/components/list/list-search';
import { ASSIGNMENTS_PAGE_SIZE } from '@/lib/roles/assignment-filters';
import type { ScopeOption } from '@/lib/roles/scope-kinds';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  select: { minWidth: '220px' },
  summary: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS, minHeight: '32px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const ALL = 'all';

export type PagedAssignmentsState = {
  total: number;
  shown: number;
  nextCursor: string | null;
  after: string[];
  search: string;
  scope: string | null;
  searchNarrowed: boolean;
};

/**
 * Search, scope and Previous/Next for a role with more assignments than one page: each change is a new Graph read
 * on the server (the URL keeps the search, the scope and the page), since the browser holds only the page shown.
 */
export function PagedAssignmentsBar({ roleId, state, scopeOptions, selected }: {
  roleId: string;
  state: PagedAssignmentsState;
  /** Scopes to filter by, beyond Directory (the Add panel's, when the admin may add). */
  scopeOptions: ScopeOption[];
  selected: number;
}) {
  const styles = useStyles();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const pathname = `/roles/${roleId}`;
  const query = { search: state.search || undefined, scope: state.scope ?? undefined };
  const go = (next: { search?: string; scope?: string }) => {
    const params = new URLSearchParams();
    if (next.search) params.set('search', next.search);
    if (next.scope) params.set('scope', next.scope);
    const text = params.toString();
    startTransition(() => router.push(text ? `${pathname}?${text}` : pathname));
  };
  const choices = scopeOptions.some((option) => option.directoryScopeId === '/')
    ? scopeOptions
    : [{ directoryScopeId: '/', kind: 'directory' as const, name: 'Directory' }, ...scopeOptions];
  // A linked scope that is not among the options (an unknown id) is still shown as the one in effect.
  const unlisted = state.scope !== null && !choices.some((choice) => choice.directoryScopeId === state.scope) ? state.scope : null;
  const first = state.after.length * ASSIGNMENTS_PAGE_SIZE + 1;
  const filtered = Boolean(state.search || state.scope);

  return (
    <>
      <div className={styles.filters} role="search" aria-label="Filter assignments">
        <ListSearch value={state.search} onSearch={(search) => go({ search, scope: state.scope ?? undefined })} label="Search by name, username or app" pending={pending} />
        <Field label="Scope">
          <Select
            className={styles.select}
            value={state.scope ?? ALL}
            disabled={pending}
            onChange={(_, data) => go({ search: state.search, scope: data.value === ALL ? undefined : data.value })}
          >
            <option value={ALL}>All scopes</option>
            {choices.map((choice) => (
              <option key={choice.directoryScopeId} value={choice.directoryScopeId}>{choice.name}</option>
            ))}
            {unlisted ? <option value={unlisted}>{unlisted}</option> : null}
          </Select>
        </Field>
      </div>
      <div className={styles.summary}>
        <Text className={styles.muted} role="status">
          {state.shown === 0
            ? 'No assignments'
            : `${formatCount(first)}\u2013${formatCount(first + state.shown - 1)} of ${formatCount(state.total)} assignments${filtered ? ' match' : ''}`}
          {selected ? ` \u00b7 ${selected} selected` : ''}
        </Text>
        <ListPager pathname={pathname} query={query} after={state.after} nextCursor={state.nextCursor} pageCount={Math.max(1, Math.ceil(state.total / ASSIGNMENTS_PAGE_SIZE))} />
      </div>
      {state.searchNarrowed ? (
        <Caption1 className={styles.muted}>
          Showing the assignments of the first people, groups and apps that match &ldquo;{state.search}&rdquo;. Type more of the name to narrow the search.
        </Caption1>
      ) : null}
    </>
  );
}
