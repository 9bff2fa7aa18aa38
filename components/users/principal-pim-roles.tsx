'use client';

import { Badge, createTableColumn, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens, type TableColumnDefinition } from '@fluentui/react-components';
import { ListGrid } from '@/components/list/list-grid';
import { RowLink } from '@/components/list/list-cells';
import { membershipLabels, pimColumnLabels, pimDateText, pimTabLabels, stateLabels } from '@/lib/roles/pim-labels';
import type { PrincipalPim, PrincipalPimRow } from '@/lib/views/role-pim-principal';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  end: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
});

function EndCell({ row }: { row: PrincipalPimRow }) {
  const styles = useStyles();
  return (
    <span className={styles.end}>
      <span>{pimDateText(row.endDateTime)}</span>
      {row.expiringSoon ? <Badge size="small" appearance="tint" color="warning">Expiring soon</Badge> : null}
    </span>
  );
}

const columns: TableColumnDefinition<PrincipalPimRow>[] = [
  createTableColumn<PrincipalPimRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => <RowLink href={`/roles/${row.roleId}`}>{row.roleName}</RowLink> }),
  createTableColumn<PrincipalPimRow>({ columnId: 'scope', renderHeaderCell: () => pimColumnLabels.scope, renderCell: (row) => row.scopeName }),
  createTableColumn<PrincipalPimRow>({
    columnId: 'membership',
    renderHeaderCell: () => pimColumnLabels.membership,
    renderCell: (row) => (row.viaGroup ? `${membershipLabels.Group}: ${row.viaGroup}` : membershipLabels[row.membership]),
  }),
  createTableColumn<PrincipalPimRow>({ columnId: 'state', renderHeaderCell: () => pimColumnLabels.state, renderCell: (row) => stateLabels[row.state] }),
  createTableColumn<PrincipalPimRow>({ columnId: 'start', renderHeaderCell: () => pimColumnLabels.start, renderCell: (row) => (row.startDateTime ? pimDateText(row.startDateTime) : '\u2014') }),
  createTableColumn<PrincipalPimRow>({ columnId: 'end', renderHeaderCell: () => pimColumnLabels.end, renderCell: (row) => <EndCell row={row} /> }),
];

/** An active assignment's PIM facts (state, start, end) by its roleAssignment id: an instance's id is its assignment's. */
export function activeFactsById(pim: PrincipalPim | undefined): Map<string, PrincipalPimRow> | null {
  if (!pim?.ok) return null;
  return new Map(pim.rows.filter((row) => row.tab === 'active').map((row) => [row.id.toLowerCase(), row]));
}

/**
 * The Active list's extra columns (State, Start time, End time) from PIM, so a user's or group's Assigned roles stay
 * one list of what is in effect, each row with its schedule. None when PIM could not be read.
 */
export function activeScheduleColumns<T extends { assignmentId: string }>(pim: PrincipalPim | undefined) {
  const facts = activeFactsById(pim);
  if (!facts) return [];
  const of = (row: T) => facts.get(row.assignmentId.toLowerCase());
  return [
    { columnId: 'state', header: pimColumnLabels.state, cell: (row: T) => { const f = of(row); return f ? stateLabels[f.state] : stateLabels.Assigned; } },
    { columnId: 'start', header: pimColumnLabels.start, cell: (row: T) => { const f = of(row); return f?.startDateTime ? pimDateText(f.startDateTime) : '\u2014'; } },
    { columnId: 'end', header: pimColumnLabels.end, cell: (row: T) => { const f = of(row); return f ? <EndCell row={f} /> : pimDateText(null); } },
  ];
}

/**
 * A user's or group's eligible roles as PIM lists them (Entra's Eligible assignments), held directly or through a
 * group, with start and end. The active ones are the Assigned roles list above it, which carries their schedule
 * columns: one list per kind, never the same role twice. A reader Graph refuses PIM to sees who may read it instead.
 */
export function PrincipalPimRoles({ pim, name }: { pim: PrincipalPim; name: string }) {
  const styles = useStyles();
  const rows = pim.ok ? pim.rows.filter((row) => row.tab === 'eligible') : [];
  return (
    <section className={styles.section} aria-label={pimTabLabels.eligible}>
      <Subtitle2 as="h2">{pimTabLabels.eligible}</Subtitle2>
      {!pim.ok ? (
        <MessageBar intent={pim.denied ? 'info' : 'error'} layout="multiline"><MessageBarBody>{pim.message}</MessageBarBody></MessageBar>
      ) : rows.length === 0 ? (
        <Text className={styles.muted}>{`${name} is eligible for no role.`}</Text>
      ) : (
        <ListGrid items={rows} columns={columns} getRowId={(row) => row.id} label={`${pimTabLabels.eligible} of ${name}`} />
      )}
    </section>
  );
}
