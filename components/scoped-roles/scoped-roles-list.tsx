'use client';

import {
  Badge,
  Button,
  createTableColumn,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import NextLink from 'next/link';
import { useMemo } from 'react';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import type { ReadAccessWarning, ScopedRoleRow } from '@/lib/views/scoped-roles';
import { ListGrid } from '@/components/list/list-grid';
import { InBrowserSearch } from '@/components/list/in-browser-search';
import { useListStyles } from '@/components/list/list-styles';
import { ReadAccessWarnings } from './read-access-warning';
import { matchesSearch, useUrlSearch } from '@/components/list/use-url-search';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  name: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  description: {
    color: tokens.colorNeutralForeground2,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    paddingBlock: tokens.spacingVerticalXS,
  },
});

export type ScopedRolesListProps = {
  scope: { kind: 'administrativeUnit' | 'application'; id: string; name: string; basePath: string };
  rows: ScopedRoleRow[];
  warnings: ReadAccessWarning[];
  initialSearch: string;
};

/**
 * A unit's or an app's "Roles and administrators": only the roles assignable at its scope, each with how many hold
 * it here; select a role to see and change who holds it. Search by name or description, kept in the URL.
 */
export function ScopedRolesList({ scope, rows, warnings, initialSearch }: ScopedRolesListProps) {
  const styles = useStyles();
  const list = useListStyles();
  const [search, setSearch] = useUrlSearch(initialSearch);
  const shown = useMemo(() => rows.filter((row) => matchesSearch(search, [row.displayName, row.description])), [rows, search]);
  const isApp = scope.kind === 'application';

  const columns = useMemo<TableColumnDefinition<ScopedRoleRow>[]>(() => {
    const base: TableColumnDefinition<ScopedRoleRow>[] = [
      createTableColumn({
        columnId: 'role',
        renderHeaderCell: () => 'Role',
        renderCell: (row) => (
          <span className={styles.name}>
            <NextLink prefetch={false} className={list.link} href={`${scope.basePath}/roles/${row.id}`}>{row.displayName}</NextLink>
            {row.privileged ? <PrivilegedBadge /> : null}
            {row.isBuiltIn ? null : <Badge appearance="outline" size="small" color="informative">Custom</Badge>}
          </span>
        ),
      }),
      createTableColumn({ columnId: 'description', renderHeaderCell: () => 'Description', renderCell: (row) => <span className={styles.description}>{row.description}</span> }),
      createTableColumn({
        columnId: 'assignments',
        renderHeaderCell: () => (isApp ? 'Scoped to this app' : 'Assignments'),
        renderCell: (row) => formatCount(row.assignments),
      }),
    ];
    if (isApp) {
      base.push(
        createTableColumn({
          columnId: 'directory',
          renderHeaderCell: () => 'At directory scope',
          renderCell: (row) => formatCount(row.directoryAssignments ?? 0),
        }),
      );
    }
    return base;
  }, [isApp, list.link, scope.basePath, styles.description, styles.name]);

  const total = rows.reduce((sum, row) => sum + row.assignments, 0);
  return (
    <div className={list.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {isApp
            ? 'We show the roles which have permissions related to managing app registrations only. Roles assigned here let their holders manage this app registration, not other apps; assignments at directory scope also apply to it.'
            : "Roles assigned here apply to the unit's direct members (users, groups, devices), not to the unit itself. Only the roles that can be scoped to an administrative unit are listed."}
        </MessageBarBody>
      </MessageBar>
      {scope.kind === 'administrativeUnit' ? <ReadAccessWarnings warnings={warnings} unitId={scope.id} /> : null}
      <InBrowserSearch value={search} onChange={setSearch} placeholder="Search by name or description" label="Search roles" />
      <Text aria-live="polite" className={list.summary}>
        {shown.length === rows.length
          ? `${formatCount(rows.length)} roles \u00b7 ${formatCount(total)} ${total === 1 ? 'assignment' : 'assignments'} scoped to ${scope.name}`
          : `${formatCount(shown.length)} of ${formatCount(rows.length)} roles match the search`}
      </Text>
      {shown.length === 0 ? (
        <div className={list.empty}>
          <Text>No roles match the search.</Text>
          <Button onClick={() => setSearch('')}>Clear search</Button>
        </div>
      ) : (
        <ListGrid
          items={shown}
          columns={columns}
          getRowId={(row) => row.id}
          label={`Roles assignable at ${scope.name}`}
          columnSizingOptions={{
            role: { minWidth: 220, idealWidth: 320 },
            description: { minWidth: 240, idealWidth: 520 },
            assignments: { minWidth: isApp ? 150 : 110, idealWidth: isApp ? 160 : 120 },
            directory: { minWidth: 140, idealWidth: 150 },
          }}
        />
      )}
    </div>
  );
}
