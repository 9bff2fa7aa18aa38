'use client';

import { Badge, Button, createTableColumn, makeStyles, tokens, type TableColumnDefinition, type TableColumnSizingOptions } from '@fluentui/react-components';
import { MutedText } from '@/components/list/list-cells';
import { membershipLabels, pimActionLabels, pimColumnLabels, pimDateText, stateLabels, type PimAction } from '@/lib/roles/pim-labels';
import type { PimRow } from '@/lib/roles/pim-rows';
import { PrincipalCell, typeText } from './assignments-table';

// The PIM tabs' columns (Entra's: Name, Principal name, Type, Scope, Membership, State, Start time, End time, Action),
// shared by the Eligible, Active and Expired tabs.

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  // Compact, link-like buttons: two of them fit the Action column side by side.
  action: { minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS, color: tokens.colorBrandForegroundLink },
  end: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  // A long UPN is cut with an ellipsis (the whole of it in its tooltip) instead of running into the next column.
  clipped: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, display: 'block' },
});

function PrincipalNameCell({ row }: { row: PimRow }) {
  const styles = useStyles();
  const name = principalName(row);
  if (!name) return <MutedText>{'\u2014'}</MutedText>;
  return <span className={styles.clipped} title={name}>{name}</span>;
}

export type OnPimAction = (row: PimRow, action: PimAction) => void;

function principalName(row: PimRow): string | null {
  if (row.principalType === 'user') return row.userPrincipalName;
  if (row.principalType === 'servicePrincipal') return row.appId;
  return null;
}

function EndCell({ row }: { row: PimRow }) {
  const styles = useStyles();
  if (!row.scheduleKnown) return <MutedText>{'\u2014'}</MutedText>;
  return (
    <span className={styles.end}>
      <span>{pimDateText(row.endDateTime)}</span>
      {row.expiringSoon ? <Badge size="small" appearance="tint" color="warning">Expiring soon</Badge> : null}
    </span>
  );
}

function ActionCell({ row, onAction, canManage }: { row: PimRow; onAction: OnPimAction; canManage: boolean }) {
  const styles = useStyles();
  if (!canManage || row.actions.length === 0) return <MutedText>{'\u2014'}</MutedText>;
  return (
    <span className={styles.actions}>
      {row.actions.map((action) => (
        <Button
          key={action}
          size="small"
          appearance="transparent"
          className={styles.action}
          onClick={(event) => {
            event.stopPropagation();
            onAction(row, action);
          }}
          aria-label={`${pimActionLabels[action]} ${row.displayName}`}
        >
          {pimActionLabels[action]}
        </Button>
      ))}
    </span>
  );
}

export function pimColumns(onAction: OnPimAction, canManage: boolean): TableColumnDefinition<PimRow>[] {
  return [
    createTableColumn<PimRow>({ columnId: 'name', renderHeaderCell: () => pimColumnLabels.name, // A group's member count stays under its name (who holds the role through it); a UPN has its own column.
      renderCell: (row) => <PrincipalCell row={row} showSecondary={row.principalType === 'group'} /> }),
    createTableColumn<PimRow>({
      columnId: 'principalName',
      renderHeaderCell: () => pimColumnLabels.principalName,
      renderCell: (row) => <PrincipalNameCell row={row} />,
    }),
    createTableColumn<PimRow>({ columnId: 'type', renderHeaderCell: () => pimColumnLabels.type, renderCell: typeText }),
    createTableColumn<PimRow>({
      columnId: 'scope',
      renderHeaderCell: () => pimColumnLabels.scope,
      renderCell: (row) => (row.scopeKind === 'directory' ? 'Directory' : row.scopeName),
    }),
    createTableColumn<PimRow>({ columnId: 'membership', renderHeaderCell: () => pimColumnLabels.membership, renderCell: (row) => membershipLabels[row.memberType] }),
    createTableColumn<PimRow>({ columnId: 'state', renderHeaderCell: () => pimColumnLabels.state, renderCell: (row) => stateLabels[row.state] }),
    createTableColumn<PimRow>({
      columnId: 'start',
      renderHeaderCell: () => pimColumnLabels.start,
      renderCell: (row) => (row.scheduleKnown ? (row.startDateTime ? pimDateText(row.startDateTime) : <MutedText>{'\u2014'}</MutedText>) : <MutedText>{'\u2014'}</MutedText>),
    }),
    createTableColumn<PimRow>({ columnId: 'end', renderHeaderCell: () => pimColumnLabels.end, renderCell: (row) => <EndCell row={row} /> }),
    createTableColumn<PimRow>({ columnId: 'action', renderHeaderCell: () => pimColumnLabels.action, renderCell: (row) => <ActionCell row={row} onAction={onAction} canManage={canManage} /> }),
  ];
}

export const pimColumnSizing: TableColumnSizingOptions = {
  // Fits the blade at 1280 px beside the navigation (about 950 px with the selection column): no column cut off.
  name: { minWidth: 124, idealWidth: 140 },
  principalName: { minWidth: 96, idealWidth: 112 },
  type: { minWidth: 52, idealWidth: 56 },
  scope: { minWidth: 72, idealWidth: 76 },
  membership: { minWidth: 84, idealWidth: 84 },
  state: { minWidth: 68, idealWidth: 72 },
  start: { minWidth: 92, idealWidth: 96 },
  end: { minWidth: 92, idealWidth: 100 },
  action: { minWidth: 124, idealWidth: 128 },
};
