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
import type { MouseEvent } from 'react';
import { useMemo } from 'react';
import { ListGrid } from '@/components/list/list-grid';
import { WrapText } from '@/components/common/wrap-text';
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
  open: {
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

/** The entry's link: a real href (a new tab opens the same details), but a plain click opens the drawer in place. */
function OpenEntry({ row, href, onOpen }: { row: AuditRow; href: string; onOpen: (row: AuditRow) => void }) {
  const styles = useStyles();
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(row);
  };
  return (
    <a className={styles.open} href={href} onClick={click}>
      {row.activity}
    </a>
  );
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

type EntryLinks = { href: (row: AuditRow) => string; onOpen: (row: AuditRow) => void };

const columnsFor = ({ href, onOpen }: EntryLinks): TableColumnDefinition<AuditRow>[] => [
  createTableColumn<AuditRow>({ columnId: 'date', renderHeaderCell: () => 'Date (UTC)', renderCell: (row) => <DateCell row={row} /> }),
  createTableColumn<AuditRow>({
    columnId: 'activity',
    renderHeaderCell: () => 'Activity',
    renderCell: (row) => <OpenEntry row={row} href={href(row)} onOpen={onOpen} />,
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

/**
 * The audit entries, newest first, as read (no client-side sort: the log's order is its meaning). Each activity
 * opens the entry's details.
 */
export function AuditTable({ rows, entryHref, onOpenEntry }: { rows: AuditRow[]; entryHref: (row: AuditRow) => string; onOpenEntry: (row: AuditRow) => void }) {
  const styles = useStyles();
  const columns = useMemo(() => columnsFor({ href: entryHref, onOpen: onOpenEntry }), [entryHref, onOpenEntry]);
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
