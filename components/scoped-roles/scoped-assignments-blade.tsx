'use client';

import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from '@fluentui/react-components';
import NextLink from 'next/link';
import { useMemo, useRef } from 'react';
import { AssignmentsCommandBar } from '@/components/assignments/assignments-command-bar';
import { AddAssignmentsPanel, RemoveAssignmentDialog } from '@/components/assignments/on-demand';
import { useAssignmentsBlade } from '@/components/assignments/use-assignments-blade';
import { InBrowserSearch } from '@/components/list/in-browser-search';
import { useListStyles } from '@/components/list/list-styles';
import { matchesSearch, useUrlSearch } from '@/components/list/use-url-search';
import { AssignmentsTable } from '@/components/role-blade/assignments-table';
import type { RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import type { ScopeOption } from '@/lib/roles/scope-kinds';
import type { RoleSummary } from '@/lib/views/role-blade';
import type { ReadAccessWarning } from '@/lib/views/scoped-roles';
import { ReadAccessWarnings } from './read-access-warning';
import { countOf, formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Longhands, not paddingInline: Fluent's Toolbar sets the padding shorthand, and between two shorthands Griffel's
  // stylesheet order decides, which varies from one page load to the next (the commands moved by 8 px).
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

export type ScopedAssignmentsScope = {
  kind: 'administrativeUnit' | 'application';
  id: string;
  name: string;
  directoryScopeId: string;
  basePath: string;
};

const scopeWords = { administrativeUnit: 'administrative-unit scope', application: 'app-registration scope' } as const;

function unsupportedExplanation(role: RoleSummary, scope: ScopedAssignmentsScope): string {
  return scope.kind === 'administrativeUnit'
    ? `${role.displayName} can't be assigned at administrative-unit scope. Only roles with permissions over users, groups or devices (and custom roles with at least one such permission) can be scoped to an administrative unit. Assign it at directory scope from the role's blade instead.`
    : `${role.displayName} can't be assigned at app-registration scope. Only roles with permissions for managing app registrations can be scoped to one app. Assign it at directory scope from the role's blade instead.`;
}

const rowMatches = (search: string) => (row: RoleAssignmentRow) =>
  matchesSearch(search, [row.displayName, row.userPrincipalName, row.appId]);

/**
 * One role at a unit's or an app's scope: who holds it here, with Add assignments (the scope fixed to this unit or
 * app) and Remove assignment. On an app's blade, the role's directory-scope holders follow, read-only: they
 * also manage this app, and are changed on the role's own blade.
 */
export function ScopedAssignmentsBlade({ scope, role, supported, rows, directoryRows, warnings, initialSearch }: {
  scope: ScopedAssignmentsScope;
  role: RoleSummary;
  supported: boolean;
  rows: RoleAssignmentRow[];
  directoryRows: RoleAssignmentRow[];
  warnings: ReadAccessWarning[];
  initialSearch: string;
}) {
  const styles = useStyles();
  const list = useListStyles();
  const [search, setSearch] = useUrlSearch(initialSearch);
  const shown = useMemo(() => rows.filter(rowMatches(search)), [rows, search]);
  const shownDirectory = useMemo(() => directoryRows.filter(rowMatches(search)), [directoryRows, search]);
  const grid = useRef<HTMLDivElement>(null);
  const blade = useAssignmentsBlade(shown, grid);
  const { canManage, selectedRows } = blade;
  const fixedScope: ScopeOption = { directoryScopeId: scope.directoryScopeId, kind: scope.kind, name: scope.name };

  // A role the scope doesn't support, held by no one here: the explanation is the whole blade.
  const nothingToDo = !supported && rows.length === 0;
  return (
    <div className={styles.root}>
      {supported ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not assignable at this scope</MessageBarTitle>
            {unsupportedExplanation(role, scope)}{' '}
            <Link as="a" href={`/roles/${role.id}`} inline>
              Open {role.displayName}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {nothingToDo ? null : (
        <>
          <AssignmentsCommandBar blade={blade} showAdd={supported} />
          {scope.kind === 'administrativeUnit' ? <ReadAccessWarnings warnings={warnings} unitId={scope.id} /> : null}

          <InBrowserSearch value={search} onChange={setSearch} placeholder="Search by name" label="Search assignments" />

          <section className={styles.section} aria-labelledby="scoped-assignments-heading">
            <Subtitle2 as="h2" id="scoped-assignments-heading" className={styles.heading}>
              Assignments scoped to {scope.name}
            </Subtitle2>
            <Text aria-live="polite" className={list.summary}>
              {shown.length === rows.length
                ? `${countOf(rows.length, 'assignment', 'assignments')} at ${scopeWords[scope.kind]}`
                : `${formatCount(shown.length)} of ${formatCount(rows.length)} assignments match the search`}
              {selectedRows.length ? ` \u00b7 ${formatCount(selectedRows.length)} selected` : ''}
            </Text>
            {shown.length === 0 ? (
              <div className={list.empty}>
                <Text>
                  {rows.length === 0
                    ? `No one holds ${role.displayName} scoped to ${scope.name}.${supported && canManage ? ' Select Add assignments to assign it here.' : ''}`
                    : 'No assignments match the search.'}
                </Text>
              </div>
            ) : (
              <AssignmentsTable
                ref={grid}
                items={shown}
                {...blade.table}
                roleName={role.displayName}
                showScope={false}
                label={`Assignments of ${role.displayName} scoped to ${scope.name}`}
              />
            )}
          </section>
        </>
      )}

      {scope.kind === 'application' ? (
        <section className={styles.section} aria-labelledby="directory-assignments-heading">
          <Subtitle2 as="h2" id="directory-assignments-heading" className={styles.heading}>
            Assignments at directory scope also apply to this app
          </Subtitle2>
          <Text className={list.muted}>
            {directoryRows.length === 0
              ? `No one holds ${role.displayName} at directory scope.`
              : 'These holders manage every app registration, this one included. '}
            {directoryRows.length === 0 ? null : (
              <NextLink className={list.link} href={`/roles/${role.id}?scopeKind=directory`}>
                Manage them on the {role.displayName} blade
              </NextLink>
            )}
          </Text>
          {shownDirectory.length === 0 ? null : (
            <AssignmentsTable
              items={shownDirectory}
              selected={new Set()}
              onSelectionChange={() => undefined}
              roleName={role.displayName}
              showScope={false}
              selectable={false}
              label={`Assignments of ${role.displayName} at directory scope`}
            />
          )}
        </section>
      ) : null}

      {canManage ? (
        <>
          {supported ? (
            <AddAssignmentsPanel
              role={{ id: role.id, displayName: role.displayName, supportedScopeKinds: role.supportedScopeKinds }}
              scopeOptions={[fixedScope]}
              fixedScope={fixedScope}
              {...blade.addPanel}
              holders={rows}
            />
          ) : null}
          <RemoveAssignmentDialog
            {...blade.removeDialog}
            role={role}
            assignmentsOfRole={[...rows, ...directoryRows]}
          />
        </>
      ) : null}
    </div>
  );
}
