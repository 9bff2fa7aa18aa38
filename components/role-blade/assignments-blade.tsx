'use client';

import { Button, makeStyles, Text, ToolbarButton, ToolbarDivider, tokens } from '@fluentui/react-components';
import { InfoLabelOnDemand } from '@/components/common/info-label-on-demand';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import NextLink from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useRef, useState, useTransition } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { AssignmentChangeCommands } from '@/components/assignments/assignment-change-commands';
import { AddAssignmentsPanel, RemoveAssignmentDialog } from '@/components/assignments/on-demand';
import { removeRoleAssignments } from '@/components/assignments/remove-actions';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { CsvDownloadButton } from '@/components/common/csv-download-button';
import { useChangeOutcomes } from '@/components/common/use-change-outcomes';
import { gridFocusTarget, useReturnFocus } from '@/components/common/use-return-focus';
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
import { AssignmentsFilters } from './assignments-filters';
import { AssignmentsSummary } from './assignments-summary';
import { AssignmentsTable } from './assignments-table';
import { PagedAssignmentsBar } from './paged-assignments-bar';

const useStyles = makeStyles({
  commands: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
});

/**
 * A role's Assignments tab: who holds the role at which scope, with Add, Remove, Refresh and Download. A role held
 * up to 100 times is filtered and paged in the browser; a role held more often, a Graph page at a time (see
 * `RoleAssignmentsView`).
 */
export function AssignmentsBlade({ role, view, scopeOptions, managingPeers = null }: {
  role: RoleSummary;
  view: RoleAssignmentsView;
  scopeOptions: ScopeOption[];
  /** For GA and PRA: the other managing role's tenant-scope assignments (loadManagingPeerCount). */
  managingPeers?: number | null;
}) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const complete = view.mode === 'complete';
  const filters = useMemo(() => parseAssignmentFilters(new URLSearchParams(query)), [query]);
  const filtered = useMemo(() => (complete ? filterAssignmentRows(view.rows, filters) : view.rows), [complete, view.rows, filters]);
  const page = pageOfAssignments(filtered, complete ? filters.page : 1);
  const shown = page.items;

  // Selection belongs to what is on screen: another filter or page starts it afresh, and a removed row leaves it.
  const [selection, setSelection] = useState<{ query: string; ids: ReadonlySet<string> }>({ query, ids: new Set() });
  const selectedIds = useMemo(() => {
    if (selection.query !== query) return new Set<string>();
    const present = new Set(shown.map((row) => row.id));
    return new Set([...selection.ids].filter((id) => present.has(id)));
  }, [selection, query, shown]);
  const selectedRows = shown.filter((row) => selectedIds.has(row.id));

  const [addOpen, setAddOpen] = useState(false);
  const [removeOpen, setRemoveOpen] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const { outcome, announce, removeAction, removing } = useChangeOutcomes(removeRoleAssignments, (removed) => {
    setRemoveOpen(false);
    if (removed.ok) setSelection({ query, ids: new Set() });
  });
  const removeShown = removeOpen && selectedRows.length > 0;
  const grid = useRef<HTMLDivElement>(null);
  const toGrid = () => gridFocusTarget(grid.current);
  useReturnFocus(addOpen, toGrid);
  useReturnFocus(removeShown, toGrid);

  // A whole role's filters change the URL without a server round trip (Next keeps useSearchParams in step).
  const setFilters = (next: AssignmentFilters) => window.history.replaceState(null, '', `${pathname}${assignmentFiltersQuery(next)}`);

  const canManage = admin.canManageRoleAssignments;
  const deniedReason = admin.manageDeniedReason ?? '';
  const heldByNoOne = complete ? view.rows.length === 0 : view.total === 0 && !view.search && !view.scope;

  return (
    <>
      <div className={styles.commands}>
        <CommandBar label="Assignment commands">
          <AssignmentChangeCommands
            deniedReason={canManage ? null : deniedReason}
            selected={selectedRows.length}
            onAdd={() => setAddOpen(true)}
            onRemove={() => setRemoveOpen(true)}
          />
          <ToolbarDivider />
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
            {refreshing ? 'Refreshing\u2026' : 'Refresh'}
          </ToolbarButton>
          <CsvDownloadButton
            url={`/api/assignments-csv?roleId=${role.id}`}
            label="Download assignments"
            fallbackFileName="role-assignments.csv"
            onDone={(done) => announce(done.ok ? { ok: true, message: `Saved ${done.fileName}.` } : { ok: false, message: done.message, requestId: done.requestId })}
          />
        </CommandBar>
        {canManage ? null : (
          <InfoLabelOnDemand info={deniedReason} size="medium">
            Why can&apos;t I add or remove assignments?
          </InfoLabelOnDemand>
        )}
      </div>

      <ActionResultBar result={outcome} />

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
        <AssignmentsTable
          ref={grid}
          items={shown}
          selected={selectedIds}
          onSelectionChange={(ids) => setSelection({ query, ids })}
          roleName={role.displayName}
        />
      )}

      {canManage ? (
        <>
          <AddAssignmentsPanel
            role={{ id: role.id, displayName: role.displayName, supportedScopeKinds: role.supportedScopeKinds }}
            scopeOptions={scopeOptions}
            open={addOpen}
            onOpenChange={setAddOpen}
            onCompleted={announce}
            holders={complete ? view.rows : undefined}
          />
          <RemoveAssignmentDialog
            open={removeShown}
            onOpenChange={setRemoveOpen}
            role={role}
            selected={selectedRows}
            // A paged role's other holders are not in the browser: its last-holder warning can only err on the side
            // of asking; the server action checks against every holder Graph returns.
            assignmentsOfRole={view.rows}
            signedInUserId={admin.id}
            managingPeers={managingPeers}
            action={removeAction}
            pending={removing}
          />
        </>
      ) : null}
    </>
  );
}
