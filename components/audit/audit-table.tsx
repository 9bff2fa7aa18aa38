'use client';

import {
  Badge,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { auditScopeKindLabels, type AuditRow } from '@/lib/roles/audit-rows';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  grid: { minWidth: '1040px' },
  lines: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  secondary: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  date: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function TwoLines({ primary, secondary, bold }: { primary: string; secondary?: string | null; bold?: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.lines}>
      <Text weight={bold ? 'semibold' : 'regular'}>{primary}</Text>
      {secondary ? <Text size={200} className={styles.secondary}>{secondary}</Text> : null}
    </span>
  );
}

function None() {
  const styles = useStyles();
  return <Text className={styles.muted} aria-label="None">—</Text>;
}

function DateCell({ row }: { row: AuditRow }) {
  const styles = useStyles();
  return (
    <time className={styles.date} dateTime={row.activityDateTime}>
      {row.dateText}
    </time>
  );
}

const columns: TableColumnDefinition<AuditRow>[] = [
  createTableColumn<AuditRow>({ columnId: 'date', renderHeaderCell: () => 'Date (UTC)', renderCell: (row) => <DateCell row={row} /> }),
  createTableColumn<AuditRow>({
    columnId: 'activity',
    renderHeaderCell: () => 'Activity',
    renderCell: (row) => <TwoLines primary={row.activity} bold />,
  }),
  createTableColumn<AuditRow>({
    columnId: 'initiatedBy',
    renderHeaderCell: () => 'Initiated by',
    renderCell: (row) => (
      <TwoLines
        primary={row.initiatedBy.name}
        secondary={row.initiatedBy.kind === 'app' ? `App ID: ${row.initiatedBy.detail ?? 'unknown'}` : row.initiatedBy.detail}
      />
    ),
  }),
  createTableColumn<AuditRow>({
    columnId: 'target',
    renderHeaderCell: () => 'Target',
    renderCell: (row) => (row.target ? <TwoLines primary={row.target.name} secondary={row.target.detail ?? row.target.type} /> : <None />),
  }),
  createTableColumn<AuditRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => row.role?.name || <None /> }),
  createTableColumn<AuditRow>({
    columnId: 'scope',
    renderHeaderCell: () => 'Scope',
    renderCell: (row) => (row.scope ? <TwoLines primary={row.scope.kind === 'directory' ? 'Directory' : row.scope.name} secondary={row.scope.kind === 'directory' ? null : auditScopeKindLabels[row.scope.kind]} /> : <None />),
  }),
  createTableColumn<AuditRow>({
    columnId: 'result',
    renderHeaderCell: () => 'Result',
    renderCell: (row) => (
      <Badge appearance="tint" color={row.result === 'Success' ? 'success' : row.result === 'Failure' ? 'danger' : 'informative'}>
        {row.result}
      </Badge>
    ),
  }),
];

const sizing: TableColumnSizingOptions = {
  date: { minWidth: 170, idealWidth: 190 },
  activity: { minWidth: 180, idealWidth: 230 },
  initiatedBy: { minWidth: 180, idealWidth: 250 },
  target: { minWidth: 180, idealWidth: 250 },
  role: { minWidth: 160, idealWidth: 220 },
  scope: { minWidth: 120, idealWidth: 170 },
  result: { minWidth: 90, idealWidth: 100 },
};

/** The audit entries, newest first, as read (no client-side sort: the log's order is its meaning). */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <DataGrid
        className={styles.grid}
        items={rows}
        columns={columns}
        getRowId={(row: AuditRow) => row.id}
        columnSizingOptions={sizing}
        resizableColumns
        aria-label="Audit log of role management changes"
      >
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<AuditRow>>
          {({ item, rowId }) => (
            <DataGridRow<AuditRow> key={rowId}>{({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}</DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
