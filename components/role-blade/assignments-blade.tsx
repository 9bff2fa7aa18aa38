'use client';

import {
  Button,
  InfoLabel,
  makeStyles,
  Text,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  tokens,
} from '@fluentui/react-components';
import {
  Add20Regular,
  ArrowClockwise20Regular,
  ArrowDownload20Regular,
  ChevronLeft20Regular,
  ChevronRight20Regular,
  Delete20Regular,
} from '@fluentui/react-icons';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useActionState, useMemo, useState, useTransition, type ReactElement } from 'react';
import { AddAssignmentsPanel, type ScopeOption } from '@/components/assignments/add-assignments-panel';
import { RemoveAssignmentDialog } from '@/components/assignments/remove-assignment-dialog';
import { removeRoleAssignments } from '@/components/assignments/remove-actions';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import type { ActionResult } from '@/lib/actions/action-result';
import {
  assignmentFiltersQuery,
  filterAssignmentRows,
  pageOfAssignments,
  parseAssignmentFilters,
  type AssignmentFilters,
  type RoleAssignmentRow,
} from '@/lib/roles/assignment-filters';
import type { RoleSummary } from '@/lib/views/role-blade';
import { AssignmentsFilters } from './assignments-filters';
import { AssignmentsTable } from './assignments-table';
import { downloadAssignmentsCsv } from './download-assignments';

const useStyles = makeStyles({
  commands: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Longhands, not paddingInline: Fluent's Toolbar sets the padding shorthand, and between two shorthands Griffel's
  // stylesheet order decides, which varies from one page load to the next (the commands moved by 8 px).
  toolbar: { paddingLeft: 0, paddingRight: 0 },
  summary: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
  pager: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const number = new Intl.NumberFormat('en');

/** A role's Assignments tab: who holds the role at which scope, with Add, Remove, Refresh and Download. */
export function AssignmentsBlade({ role, rows, scopeOptions }: {
  role: RoleSummary;
  rows: RoleAssignmentRow[];
  scopeOptions: ScopeOption[];
}) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => parseAssignmentFilters(new URLSearchParams(query)), [query]);
  const filtered = useMemo(() => filterAssignmentRows(rows, filters), [rows, filters]);
  const page = pageOfAssignments(filtered, filters.page);

  // Selection belongs to what is on screen: another filter or page starts it afresh, and a removed row leaves it.
  const [selection, setSelection] = useState<{ query: string; ids: Set<string> }>({ query, ids: new Set() });
  const selectedIds = useMemo(() => {
    if (selection.query !== query) return new Set<string>();
    const present = new Set(page.items.map((row) => row.id));
    return new Set([...selection.ids].filter((id) => present.has(id)));
  }, [selection, query, page.items]);
  const selectedRows = page.items.filter((row) => selectedIds.has(row.id));

  const [addOpen, setAddOpen] = useState(false);
  const [removeOpen, setRemoveOpen] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  // The blade announces the latest outcome, whether it came from Remove (an action state) or from the Add panel.
  const [addResult, setAddResult] = useState<ActionResult | null>(null);
  const [latest, setLatest] = useState<'add' | 'remove'>('remove');
  const [result, removeAction, removing] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    setLatest('remove');
    const outcome = await removeRoleAssignments(previous, form);
    setRemoveOpen(false);
    if (outcome.ok) setSelection({ query, ids: new Set() });
    return outcome;
  }, null);

  // Filters change the URL without a server round trip (Next keeps useSearchParams in step with history).
  const setFilters = (next: AssignmentFilters) => window.history.replaceState(null, '', `${pathname}${assignmentFiltersQuery(next)}`);

  const canManage = admin.canManageRoleAssignments;
  const deniedReason = admin.manageDeniedReason ?? '';
  const noneSelected = selectedRows.length === 0;
  const removeLabel = selectedRows.length > 1 ? `Remove assignments (${selectedRows.length})` : 'Remove assignment';

  const writeButton = (label: string, icon: ReactElement, onClick: () => void, disabledReason: string | null) => {
    const button = (
      <ToolbarButton icon={icon} onClick={onClick} disabledFocusable={disabledReason !== null}>
        {label}
      </ToolbarButton>
    );
    return disabledReason ? (
      <Tooltip content={disabledReason} relationship="description" withArrow>{button}</Tooltip>
    ) : button;
  };

  return (
    <>
      <div className={styles.commands}>
        <Toolbar aria-label="Assignment commands" className={styles.toolbar}>
          {writeButton('Add assignments', <Add20Regular />, () => setAddOpen(true), canManage ? null : deniedReason)}
          {writeButton(removeLabel, <Delete20Regular />, () => setRemoveOpen(true),
            !canManage ? deniedReason : noneSelected ? 'Select one or more assignments to remove.' : null)}
          <ToolbarDivider />
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
            {refreshing ? 'Refreshing\u2026' : 'Refresh'}
          </ToolbarButton>
          <ToolbarButton icon={<ArrowDownload20Regular />} disabled={rows.length === 0} onClick={() => downloadAssignmentsCsv(role, rows)}>
            Download assignments
          </ToolbarButton>
        </Toolbar>
        {canManage ? null : (
          <InfoLabel info={deniedReason} size="medium">
            Why can&apos;t I add or remove assignments?
          </InfoLabel>
        )}
      </div>

      <ActionResultBar result={latest === 'add' ? addResult : result} />

      <AssignmentsFilters rows={rows} filters={filters} onChange={setFilters} />

      <div className={styles.summary}>
        <Text aria-live="polite" className={styles.muted}>
          {filtered.length === rows.length
            ? `${number.format(rows.length)} ${rows.length === 1 ? 'assignment' : 'assignments'}`
            : `${number.format(filtered.length)} of ${number.format(rows.length)} assignments match the filters`}
          {selectedRows.length ? ` \u00b7 ${selectedRows.length} selected` : ''}
        </Text>
        {page.pageCount > 1 ? (
          <nav aria-label="Pages" className={styles.pager}>
            <Text>{`${number.format(page.first)}\u2013${number.format(page.last)} of ${number.format(filtered.length)}`}</Text>
            <Button
              appearance="subtle"
              icon={<ChevronLeft20Regular />}
              aria-label="Previous page"
              disabled={page.page <= 1}
              onClick={() => setFilters({ ...filters, page: page.page - 1 })}
            />
            <Text>{`Page ${page.page} of ${page.pageCount}`}</Text>
            <Button
              appearance="subtle"
              icon={<ChevronRight20Regular />}
              aria-label="Next page"
              disabled={page.page >= page.pageCount}
              onClick={() => setFilters({ ...filters, page: page.page + 1 })}
            />
          </nav>
        ) : null}
      </div>

      {filtered.length === 0 ? (
        <div className={styles.empty}>
          {rows.length === 0 ? (
            <Text>No one holds {role.displayName}. {canManage ? 'Select Add assignments to assign it.' : ''}</Text>
          ) : (
            <>
              <Text>No assignments match the filters.</Text>
              <Button onClick={() => setFilters({ ...filters, scopeKind: null, scope: null, type: null, search: '', page: 1 })}>
                Clear filters
              </Button>
            </>
          )}
        </div>
      ) : (
        <AssignmentsTable
          items={page.items}
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
            onCompleted={(outcome) => {
              setAddResult(outcome);
              setLatest('add');
            }}
          />
          <RemoveAssignmentDialog
            open={removeOpen && selectedRows.length > 0}
            onOpenChange={setRemoveOpen}
            role={role}
            selected={selectedRows}
            assignmentsOfRole={rows}
            signedInUserId={admin.id}
            action={removeAction}
            pending={removing}
          />
        </>
      ) : null}
    </>
  );
}
