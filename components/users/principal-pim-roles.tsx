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

/**
 * A user's or group's roles as PIM lists them: Eligible assignments and Active assignments, held directly or
 * through a group, with start and end. A reader Graph refuses PIM to sees who may read it instead.
 */
export function PrincipalPimRoles({ pim, name }: { pim: PrincipalPim; name: string }) {
  const styles = useStyles();
  if (!pim.ok) {
    return (
      <section className={styles.section} aria-label="Eligible and active assignments">
        <MessageBar intent={pim.denied ? 'info' : 'error'} layout="multiline"><MessageBarBody>{pim.message}</MessageBarBody></MessageBar>
      </section>
    );
  }
  return (
    <>
      {(['eligible', 'active'] as const).map((tab) => {
        const rows = pim.rows.filter((row) => row.tab === tab);
        return (
          <section key={tab} className={styles.section} aria-label={pimTabLabels[tab]}>
            <Subtitle2 as="h2">{pimTabLabels[tab]}</Subtitle2>
            {rows.length === 0 ? (
              <Text className={styles.muted}>{tab === 'eligible' ? `${name} is eligible for no role.` : `${name} holds no active role.`}</Text>
            ) : (
              <ListGrid items={rows} columns={columns} getRowId={(row) => row.id} label={`${pimTabLabels[tab]} of ${name}`} />
            )}
          </section>
        );
      })}
    </>
  );
}
