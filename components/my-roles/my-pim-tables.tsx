'use client';

import { Badge, Button, createTableColumn, makeStyles, Text, tokens, type TableColumnDefinition, type TableColumnSizingOptions } from '@fluentui/react-components';
import { Flash16Regular } from '@fluentui/react-icons';
import { AssignmentPathCell } from '@/components/assignments/scoped-roles-table';
import { MutedText, RowLink } from '@/components/list/list-cells';
import { ListGrid } from '@/components/list/list-grid';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import { formatDuration } from '@/lib/roles/iso-duration';
import { membershipLabels, pimColumnLabels, pimDateText, stateLabels } from '@/lib/roles/pim-labels';
import type { ActiveRow, EligibleRow, RequestRow } from './my-pim-rows';

// My roles' three grids, as Entra's PIM My roles lists them. Each row's button names its role and scope, so a screen
// reader (and a test) tells two rows of one role apart.

const useStyles = makeStyles({
  role: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px', paddingBlock: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  clipped: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, display: 'block' },
});

const dash = () => <MutedText>{'\u2014'}</MutedText>;

function RoleCell({ roleId, roleName, privileged }: { roleId: string; roleName: string; privileged?: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.role}>
      <RowLink href={`/roles/${roleId}`}>{roleName}</RowLink>
      {privileged ? <PrivilegedBadge /> : null}
    </span>
  );
}

function GroupText({ name }: { name: string }) {
  const styles = useStyles();
  return <Text className={styles.clipped} title={name}>{`${membershipLabels.Group}: ${name}`}</Text>;
}

export type OnEligible = (row: EligibleRow) => void;

const eligibleSizing: TableColumnSizingOptions = {
  role: { minWidth: 160, idealWidth: 220 },
  scope: { minWidth: 90, idealWidth: 120 },
  membership: { minWidth: 100, idealWidth: 150 },
  start: { minWidth: 140, idealWidth: 180 },
  end: { minWidth: 140, idealWidth: 180 },
  action: { minWidth: 110, idealWidth: 120 },
};

/** Eligible assignments: the roles the caller may activate, with Activate (or why not). */
export function EligibleTable({ rows, onActivate }: { rows: EligibleRow[]; onActivate: OnEligible }) {
  const columns: TableColumnDefinition<EligibleRow>[] = [
    createTableColumn<EligibleRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => <RoleCell roleId={row.roleDefinitionId} roleName={row.roleName} /> }),
    createTableColumn<EligibleRow>({ columnId: 'scope', renderHeaderCell: () => pimColumnLabels.scope, renderCell: (row) => row.scopeName }),
    createTableColumn<EligibleRow>({
      columnId: 'membership',
      renderHeaderCell: () => pimColumnLabels.membership,
      renderCell: (row) => (row.viaGroup ? <GroupText name={row.viaGroup} /> : membershipLabels.Direct),
    }),
    createTableColumn<EligibleRow>({ columnId: 'start', renderHeaderCell: () => pimColumnLabels.start, renderCell: (row) => (row.startDateTime ? pimDateText(row.startDateTime) : dash()) }),
    createTableColumn<EligibleRow>({ columnId: 'end', renderHeaderCell: () => pimColumnLabels.end, renderCell: (row) => pimDateText(row.endDateTime) }),
    createTableColumn<EligibleRow>({
      columnId: 'action',
      renderHeaderCell: () => pimColumnLabels.action,
      renderCell: (row) =>
        row.activation.can ? (
          <Button size="small" appearance="primary" icon={<Flash16Regular />} onClick={() => onActivate(row)} aria-label={`Activate ${row.roleName} at ${row.scopeName}`}>
            Activate
          </Button>
        ) : (
          <MutedText>{row.activation.reason}</MutedText>
        ),
    }),
  ];
  return <ListGrid items={rows} columns={columns} getRowId={(row) => row.id} label="My eligible assignments" columnSizingOptions={eligibleSizing} />;
}

export type OnActive = (row: ActiveRow) => void;

// Their ideal widths add up to the blade's width at 1280 px, so Deactivate is never behind a horizontal scroll.
const activeSizing: TableColumnSizingOptions = {
  role: { minWidth: 140, idealWidth: 170 },
  scope: { minWidth: 76, idealWidth: 80 },
  membership: { minWidth: 90, idealWidth: 100 },
  state: { minWidth: 76, idealWidth: 80 },
  start: { minWidth: 130, idealWidth: 150 },
  end: { minWidth: 130, idealWidth: 150 },
  timeLeft: { minWidth: 100, idealWidth: 110 },
  action: { minWidth: 100, idealWidth: 110 },
};

function TimeLeftCell({ row }: { row: ActiveRow }) {
  if (row.timeLeft === null) return dash();
  if (row.endDateTime === null) return <MutedText>No end</MutedText>;
  return <Badge appearance="tint" color={row.assignmentType === 'Activated' ? 'brand' : 'informative'} shape="rounded">{row.timeLeft}</Badge>;
}

/**
 * Active assignments: the roles in effect now (the list My roles always showed, its grid keeps its name), each with
 * its PIM schedule; Deactivate on the caller's own activations.
 */
export function ActiveTable({ rows, onDeactivate }: { rows: ActiveRow[]; onDeactivate: OnActive }) {
  const columns: TableColumnDefinition<ActiveRow>[] = [
    createTableColumn<ActiveRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => <RoleCell roleId={row.roleId} roleName={row.roleName} privileged={row.privileged} /> }),
    createTableColumn<ActiveRow>({ columnId: 'scope', renderHeaderCell: () => pimColumnLabels.scope, renderCell: (row) => (row.scopeKindLabel === 'Directory' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`) }),
    createTableColumn<ActiveRow>({
      columnId: 'membership',
      renderHeaderCell: () => pimColumnLabels.membership,
      renderCell: (row) => (row.activatedVia ? <GroupText name={row.activatedVia} /> : <AssignmentPathCell via={row.via} />),
    }),
    createTableColumn<ActiveRow>({ columnId: 'state', renderHeaderCell: () => pimColumnLabels.state, renderCell: (row) => (row.assignmentType ? stateLabels[row.assignmentType] : dash()) }),
    createTableColumn<ActiveRow>({
      columnId: 'start',
      renderHeaderCell: () => pimColumnLabels.start,
      renderCell: (row) => (row.startDateTime ? pimDateText(row.startDateTime) : dash()),
    }),
    createTableColumn<ActiveRow>({
      columnId: 'end',
      renderHeaderCell: () => pimColumnLabels.end,
      renderCell: (row) => (row.assignmentType ? pimDateText(row.endDateTime) : dash()),
    }),
    createTableColumn<ActiveRow>({ columnId: 'timeLeft', renderHeaderCell: () => 'Time left', renderCell: (row) => <TimeLeftCell row={row} /> }),
    createTableColumn<ActiveRow>({
      columnId: 'action',
      renderHeaderCell: () => pimColumnLabels.action,
      renderCell: (row) =>
        row.canDeactivate ? (
          <Button size="small" onClick={() => onDeactivate(row)} aria-label={`Deactivate ${row.roleName} at ${row.scopeName}`}>
            Deactivate
          </Button>
        ) : (
          dash()
        ),
    }),
  ];
  return <ListGrid items={rows} columns={columns} getRowId={(row) => row.assignmentId} label="My role assignments" columnSizingOptions={activeSizing} />;
}

export type OnRequest = (row: RequestRow) => void;

const requestSizing: TableColumnSizingOptions = {
  role: { minWidth: 130, idealWidth: 160 },
  scope: { minWidth: 76, idealWidth: 80 },
  action: { minWidth: 80, idealWidth: 90 },
  status: { minWidth: 170, idealWidth: 200 },
  requested: { minWidth: 120, idealWidth: 150 },
  duration: { minWidth: 70, idealWidth: 80 },
  justification: { minWidth: 100, idealWidth: 110 },
  cancel: { minWidth: 76, idealWidth: 80 },
};

function StatusCell({ row }: { row: RequestRow }) {
  const styles = useStyles();
  return (
    <span className={styles.stack}>
      <Text weight="semibold">{row.status}</Text>
      <Text size={200} className={styles.muted}>{row.statusText}</Text>
    </span>
  );
}

/** Requests: the caller's own activation and deactivation requests with Graph's status; Cancel while still Granted. */
export function RequestsTable({ rows, onCancel }: { rows: RequestRow[]; onCancel: OnRequest }) {
  const styles = useStyles();
  const columns: TableColumnDefinition<RequestRow>[] = [
    createTableColumn<RequestRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => row.roleName }),
    createTableColumn<RequestRow>({ columnId: 'scope', renderHeaderCell: () => pimColumnLabels.scope, renderCell: (row) => row.scopeName }),
    createTableColumn<RequestRow>({ columnId: 'action', renderHeaderCell: () => 'Request', renderCell: (row) => row.action }),
    createTableColumn<RequestRow>({ columnId: 'status', renderHeaderCell: () => 'Status', renderCell: (row) => <StatusCell row={row} /> }),
    createTableColumn<RequestRow>({ columnId: 'requested', renderHeaderCell: () => 'Requested', renderCell: (row) => (row.createdDateTime ? pimDateText(row.createdDateTime) : dash()) }),
    createTableColumn<RequestRow>({ columnId: 'duration', renderHeaderCell: () => 'Duration', renderCell: (row) => (row.duration ? formatDuration(row.duration) : dash()) }),
    createTableColumn<RequestRow>({
      columnId: 'justification',
      renderHeaderCell: () => 'Justification',
      renderCell: (row) => (row.justification ? <span className={styles.clipped} title={row.justification}>{row.justification}</span> : dash()),
    }),
    createTableColumn<RequestRow>({
      columnId: 'cancel',
      renderHeaderCell: () => pimColumnLabels.action,
      renderCell: (row) =>
        row.canCancel ? (
          <Button size="small" onClick={() => onCancel(row)} aria-label={`Cancel the request for ${row.roleName}`}>
            Cancel
          </Button>
        ) : (
          dash()
        ),
    }),
  ];
  return <ListGrid items={rows} columns={columns} getRowId={(row) => row.id} label="My requests" columnSizingOptions={requestSizing} />;
}
