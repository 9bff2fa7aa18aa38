'use client';

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useMemo, useRef } from 'react';
import { AssignmentsCommandBar } from '@/components/assignments/assignments-command-bar';
import { AddAssignmentsPanel, RemoveAssignmentDialog } from '@/components/assignments/on-demand';
import { useAssignmentsBlade } from '@/components/assignments/use-assignments-blade';
import { CsvDownloadButton } from '@/components/common/csv-download-button';
import {
  assignmentFiltersQuery,
  emptyAssignmentFilters,
  filterAssignmentRows,
  pageOfAssignments,
  parseAssignmentFilters,
  type AssignmentFilters,
} from '@/lib/roles/assignment-filters';
import type { ScopeOption } from '@/lib/roles/scope-kinds';
import type { RoleAssignmentsView, RoleSummary } from '@/lib/views/role-blade';
import { activeFacts, type PimFacts, type PimRow } from '@/lib/roles/pim-rows';
import type { OnPimAction } from './pim-columns';
import { PimAssignmentsTable } from './pim-assignments-table';
import { AssignmentsFilters } from './assignments-filters';
import { AssignmentsSummary } from './assignments-summary';
import { AssignmentsTable } from './assignments-table';
import { PagedAssignmentsBar } from './paged-assignments-bar';

const useStyles = makeStyles({
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
});

/**
 * A role's Assignments tab: who holds the role at which scope, with Add, Remove, Refresh and Download. A role held
 * up to 100 times is filtered and paged in the browser; a role held more often, a Graph page at a time (see
 * `RoleAssignmentsView`).
 */
export function AssignmentsBlade({ role, view, scopeOptions, managingPeers = null, pim }: {
  role: RoleSummary;
  view: RoleAssignmentsView;
  scopeOptions: ScopeOption[];
  /** For GA and PRA: the other managing role's tenant-scope assignments (loadManagingPeerCount). */
  managingPeers?: number | null;
  /** PIM's Active assignments tab: each row's schedule (null: unreadable) and its row actions. */
  pim?: { facts: Record<string, PimFacts> | null; onAction: OnPimAction };
}) {
  const styles = useStyles();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const complete = view.mode === 'complete';
  const filters = useMemo(() => parseAssignmentFilters(new URLSearchParams(query)), [query]);
  const filtered = useMemo(() => (complete ? filterAssignmentRows(view.rows, filters) : view.rows), [complete, view.rows, filters]);
  const page = pageOfAssignments(filtered, complete ? filters.page : 1);
  const shown = page.items;
  // Selection belongs to what is on screen: another filter or page starts it afresh, and a removed row leaves it.
  const grid = useRef<HTMLDivElement>(null);
  const blade = useAssignmentsBlade(shown, grid, query);
  const { canManage, selectedRows } = blade;

  // A whole role's filters change the URL without a server round trip (Next keeps useSearchParams in step).
  const setFilters = (next: AssignmentFilters) => window.history.replaceState(null, '', `${pathname}${assignmentFiltersQuery(next)}`);

  const heldByNoOne = complete ? view.rows.length === 0 : view.total === 0 && !view.search && !view.scope;

  return (
    <>
      <AssignmentsCommandBar blade={blade}>
        <CsvDownloadButton
          url={`/api/assignments-csv?roleId=${role.id}`}
          label="Download assignments"
          fallbackFileName="role-assignments.csv"
          onDone={(done) => blade.announce(done.ok ? { ok: true, message: `Saved ${done.fileName}.` } : { ok: false, message: done.message, requestId: done.requestId })}
        />
      </AssignmentsCommandBar>

      {complete ? (
        <>
          <AssignmentsFilters rows={view.rows} filters={filters} onChange={setFilters} />
          <AssignmentsSummary
            total={view.rows.length}
            matching={filtered.length}
            page={page}
            selected={selectedRows.length}
            onPage={(next) => setFilters({ ...filters, page: next })}
          />
        </>
      ) : (
        <PagedAssignmentsBar
          roleId={role.id}
          state={{ ...view, shown: view.rows.length }}
          scopeOptions={scopeOptions}
          selected={selectedRows.length}
        />
      )}

      {shown.length === 0 ? (
        <div className={styles.empty}>
          {heldByNoOne ? (
            <Text>No one holds {role.displayName}. {canManage ? 'Select Add assignments to assign it.' : ''}</Text>
          ) : (
            <>
              <Text>No assignments match the filters.</Text>
              {complete ? (
                <Button onClick={() => setFilters(emptyAssignmentFilters)}>Clear filters</Button>
              ) : (
                <NextLink prefetch={false} href={pathname}>
                  <Button tabIndex={-1}>Clear filters</Button>
                </NextLink>
              )}
            </>
          )}
        </div>
      ) : (
        pim ? (
          <PimAssignmentsTable
            ref={grid}
            items={shown.map((row): PimRow => ({ ...row, ...(pim.facts?.[row.id] ?? activeFacts(undefined, new Date())), tab: 'active' }))}
            label={`Assignments of ${role.displayName}`}
            onAction={pim.onAction}
            canManage={canManage}
            selection={canManage ? blade.table : undefined}
          />
        ) : (
          <AssignmentsTable
            ref={grid}
            items={shown}
            {...blade.table}
            roleName={role.displayName}
          />
        )
      )}

      {canManage ? (
        <>
          <AddAssignmentsPanel
            role={{ id: role.id, displayName: role.displayName, supportedScopeKinds: role.supportedScopeKinds }}
            scopeOptions={scopeOptions}
            {...blade.addPanel}
            holders={complete ? view.rows : undefined}
          />
          <RemoveAssignmentDialog
            {...blade.removeDialog}
            role={role}
            // A paged role's other holders are not in the browser: its last-holder warning can only err on the side
            // of asking; the server action checks against every holder Graph returns.
            assignmentsOfRole={view.rows}
            managingPeers={managingPeers}
          />
        </>
      ) : null}
    </>
  );
}
