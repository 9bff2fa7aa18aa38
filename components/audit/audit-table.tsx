'use client';

import {
  Badge,
  createTableColumn,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import { ListGrid } from '@/components/common/list-grid';
import { wrapSegments } from '@/lib/format/wrap-points';
import { auditScopeKindLabels } from '@/lib/roles/audit-constants';
import type { AuditRow } from '@/lib/roles/audit-rows';

const useStyles = makeStyles({
  grid: { minWidth: '960px' },
  // Flex weights rather than pixel widths (as All roles): the server's first paint has the client's column widths.
  date: { flexGrow: 0, flexShrink: 0, flexBasis: '180px' },
  wide: { flexGrow: 3, flexBasis: 0, minWidth: 0 },
  scope: { flexGrow: 2, flexBasis: 0, minWidth: 0 },
  result: { flexGrow: 0, flexShrink: 0, flexBasis: '96px' },
  // Longhands: Fluent's cell sets the padding shorthand, which would win over a paddingBlock here. The text breaks
  // at spaces and at WrapText's points; mid-word only when a single piece is wider than the whole column.
  cell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, alignItems: 'flex-start', overflowWrap: 'break-word' },
  lines: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3 },
  dateText: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A name or sign-in name that may break after "_" or "." and before "@", never in the middle of a word. */
function WrapText({ text }: { text: string }) {
  return wrapSegments(text).map((piece, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}

function TwoLines({ primary, secondary, bold }: { primary: string; secondary?: string | null; bold?: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.lines}>
      <Text weight={bold ? 'semibold' : 'regular'}><WrapText text={primary} /></Text>
      {secondary ? <Text size={200} className={styles.secondary}><WrapText text={secondary} /></Text> : null}
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
    <time className={styles.dateText} dateTime={row.activityDateTime}>
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
  createTableColumn<AuditRow>({ columnId: 'role', renderHeaderCell: () => 'Role', renderCell: (row) => (row.role?.name ? <WrapText text={row.role.name} /> : <None />) }),
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

/** The audit entries, newest first, as read (no client-side sort: the log's order is its meaning). */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const styles = useStyles();
  const width = (columnId: TableColumnId) =>
    columnId === 'date' ? styles.date : columnId === 'result' ? styles.result : columnId === 'scope' ? styles.scope : styles.wide;
  return (
    <ListGrid
      className={styles.grid}
      items={rows}
      columns={columns}
      getRowId={(row) => row.id}
      label="Audit log of role management changes"
      columnClassName={width}
      cellClassName={styles.cell}
    />
  );
}
