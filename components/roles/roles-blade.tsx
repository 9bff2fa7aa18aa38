'use client';

import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss20Regular, SearchInfo24Regular } from '@fluentui/react-icons';
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyRoleListState,
  PRIVILEGED_ASSIGNMENT_WARNING_THRESHOLD,
  privilegedAssignmentCount,
  roleListHref,
  roleListQuery,
  sortedBy,
  type RoleListRow,
  type RoleListState,
  type RoleSortKey,
} from '@/lib/roles/role-list-state';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import type { DownloadOutcome } from '@/components/common/csv-download-button';
import { NoResults } from '@/components/list/no-results';
import { QueryScope } from '@/components/shell/query-scope';
import { RolesFilters, type RoleFilters } from './roles-filters';
import { RolesTable } from './roles-table';
import { RolesToolbar } from './roles-toolbar';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { useKeptOutcome } from '@/components/common/kept-outcome';
import { useAssignmentCounts } from './use-assignment-counts';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  count: { color: tokens.colorNeutralForeground2 },
  tableArea: { overflowX: 'auto' },
});

// Typing updates the list at once (145 rows filter in well under a frame) but the address bar only after a pause,
// so the history entry and the link a trainer copies hold the finished word.
const SEARCH_URL_DELAY_MS = 300;

type RolesBladeProps = {
  rows: RoleListRow[];
  /** PIM's eligible holders per role (loadAllRoles): null when unreadable, 'pending' when the counts route fills them. */
  eligibleCounts?: Record<string, number> | null | 'pending';
  /** The view the URL asked for, parsed on the server: the first paint is already filtered. */
  initialState: RoleListState;
};

/** All roles: command bar, search and filters, and the list, with the view kept in the URL. */
export function RolesBlade(props: RolesBladeProps) {
  // TanStack Query fills in the counts on a large tenant (use-assignment-counts.ts).
  return (
    <QueryScope>
      <RolesList {...props} />
    </QueryScope>
  );
}

function RolesList({ rows: listed, initialState, eligibleCounts: listedEligible = null }: RolesBladeProps) {
  const styles = useStyles();
  const { rows, eligibleCounts, counting, countingError, retryCounting } = useAssignmentCounts(listed, listedEligible);
  const privilegedAssignments = useMemo(() => privilegedAssignmentCount(rows), [rows]);
  const [state, setState] = useState(initialState);
  const [download, setDownload] = useState<DownloadOutcome | null>(null);
  // A custom role deleted on its blade is reported here, where the admin lands.
  const kept = useKeptOutcome();

  // A navigation to /roles with another query (the left navigation, a pasted link) re-renders the page with a new
  // initialState while this component stays mounted: adopt it unless it is the view already shown.
  const initialQuery = roleListQuery(initialState);
  const [adoptedQuery, setAdoptedQuery] = useState(initialQuery);
  if (initialQuery !== adoptedQuery) {
    setAdoptedQuery(initialQuery);
    if (initialQuery !== roleListQuery(state)) setState(initialState);
  }

  // The address bar follows the view through the History API, which Next's router observes: no server round trip
  // (and no Graph requests) per keystroke or filter click, yet a reload or a shared link renders the same view.
  const query = roleListQuery(state);
  const lastSearch = useRef(state.search);
  useEffect(() => {
    const delay = state.search === lastSearch.current ? 0 : SEARCH_URL_DELAY_MS;
    lastSearch.current = state.search;
    const timer = window.setTimeout(() => {
      const href = roleListHref(state);
      if (`${window.location.pathname}${window.location.search}` !== href) window.history.replaceState(null, '', href);
    }, delay);
    return () => window.clearTimeout(timer);
    // `query` is the view's identity; `state` is read only for its href.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const view = useDeferredValue(state);
  const shown = useMemo(() => applyRoleListState(rows, view), [rows, view]);
  const filtered = shown.length !== rows.length;

  const setSearch = useCallback((search: string) => setState((s) => ({ ...s, search })), []);
  const setFilters = useCallback((filters: Partial<RoleFilters>) => setState((s) => ({ ...s, ...filters })), []);
  const sortBy = useCallback((key: RoleSortKey) => setState((s) => sortedBy(s, key)), []);
  const clearAll = () => setState((s) => ({ ...s, search: '', type: 'all', privilegedOnly: false, assignedOnly: false }));
  const showPrivilegedAssigned = () =>
    setState((s) => ({ ...s, search: '', type: 'all', privilegedOnly: true, assignedOnly: true, sort: 'assignments', direction: 'descending' }));

  return (
    <div className={styles.root}>
      <RolesToolbar onDownloaded={setDownload} />
      <ActionResultBar result={kept} />
      {download ? (
        <MessageBar
          intent={download.ok ? 'success' : 'error'}
          role={download.ok ? 'status' : 'alert'}
          aria-live={download.ok ? 'polite' : 'assertive'}
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>{download.ok ? 'Download assignments' : "Couldn't download assignments"}</MessageBarTitle>
            {download.ok ? `Saved ${download.fileName}.` : download.message}
            {!download.ok && download.requestId ? ` Request ID: ${download.requestId}` : null}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" icon={<Dismiss20Regular />} aria-label="Dismiss" onClick={() => setDownload(null)} />
            }
          />
        </MessageBar>
      ) : null}
      {privilegedAssignments !== null && privilegedAssignments > PRIVILEGED_ASSIGNMENT_WARNING_THRESHOLD ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Too many privileged role assignments</MessageBarTitle>
            Your organization has {privilegedAssignments.toLocaleString('en-US')} privileged role assignments. Microsoft recommends fewer than{' '}
            {PRIVILEGED_ASSIGNMENT_WARNING_THRESHOLD}
            <Suspense fallback=".">
              <PrivilegedAssignmentsCallToAct />
            </Suspense>{' '}
            <Link as="button" inline onClick={showPrivilegedAssigned}>
              Review privileged roles with assignments
            </Link>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <RolesFilters
        search={state.search}
        onSearchChange={setSearch}
        filters={{ type: state.type, privilegedOnly: state.privilegedOnly, assignedOnly: state.assignedOnly }}
        onFiltersChange={setFilters}
      />
      <div className={styles.summary}>
        <Text className={styles.count} role="status" aria-live="polite">
          {filtered ? `${formatCount(shown.length)} of ${formatCount(rows.length)} roles` : `${formatCount(rows.length)} roles`}
          {counting ? ' \u00b7 counting assignments\u2026' : ''}
        </Text>
      </div>
      {countingError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Assignments couldn&apos;t be counted</MessageBarTitle>
            {countingError}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={retryCounting}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {shown.length === 0 ? (
        <NoResults icon={SearchInfo24Regular} title="No roles match" message="No role has that name or description, or the filters leave none. Try another search.">
          <Button onClick={clearAll}>Clear search and filters</Button>
        </NoResults>
      ) : (
        <div className={styles.tableArea}>
          <RolesTable rows={shown} eligibleCounts={eligibleCounts} sort={view.sort} direction={view.direction} onSortBy={sortBy} />
        </div>
      )}
    </div>
  );
}

/** The call to act, only for an admin who can act on it: others read the fact and the review link. */
function PrivilegedAssignmentsCallToAct() {
  const admin = useSignedInAdmin();
  return admin.canManageRoleAssignments ? <>: remove the ones people don&apos;t need.</> : <>.</>;
}
