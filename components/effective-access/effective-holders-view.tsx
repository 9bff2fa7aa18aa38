'use client';

import { Avatar, createTableColumn, Field, makeStyles, MessageBar, MessageBarBody, SearchBox, Select, Text, tokens, type TableColumnDefinition } from '@fluentui/react-components';
import { AppGeneric20Regular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import { AppLink } from '@/components/common/app-link';
import { WrapText } from '@/components/common/wrap-text';
import { CommandBar } from '@/components/common/command-bar';
import { CsvDownloadButton, type DownloadOutcome } from '@/components/common/csv-download-button';
import { ListGrid } from '@/components/list/list-grid';
import type { EffectiveAccess, EffectiveHolderRow } from '@/lib/views/effective-access';
import { pimDateText } from '@/lib/roles/pim-labels';
import { countOf } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground2 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  search: { width: '320px', maxWidth: '100%' },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS, minWidth: 0 },
  nameText: { minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { paddingBlock: tokens.spacingVerticalXL, color: tokens.colorNeutralForeground2 },
});

type StateFilter = 'all' | 'Active' | 'Eligible';
type HowFilter = 'all' | 'direct' | 'group';

function NameCell({ row }: { row: EffectiveHolderRow }) {
  const styles = useStyles();
  return (
    <span className={styles.name}>
      {row.kind === 'user' ? <Avatar size={24} name={row.displayName} color="colorful" aria-hidden /> : <Avatar size={24} shape="square" icon={<AppGeneric20Regular />} color="steel" aria-hidden />}
      <span className={styles.nameText}>
        {row.kind === 'user' ? <AppLink href={`/users/${row.principalId}`}>{row.displayName}</AppLink> : <Text>{row.displayName}</Text>}
        {row.signInName ? <Text block size={200} className={styles.muted}><WrapText text={row.signInName} /></Text> : null}
      </span>
    </span>
  );
}

const columns: TableColumnDefinition<EffectiveHolderRow>[] = [
  createTableColumn({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <NameCell row={row} /> }),
  createTableColumn({ columnId: 'kind', renderHeaderCell: () => 'Type', renderCell: (row) => (row.kind === 'servicePrincipal' ? 'Service principal' : row.guest ? 'Guest user' : 'User') }),
  createTableColumn({
    columnId: 'how',
    renderHeaderCell: () => 'How',
    renderCell: (row) => (row.via ? <span>Group: <AppLink href={`/groups/${row.via.groupId}`}>{row.via.groupName}</AppLink></span> : 'Direct'),
  }),
  createTableColumn({ columnId: 'state', renderHeaderCell: () => 'State', renderCell: (row) => row.state }),
  createTableColumn({ columnId: 'scope', renderHeaderCell: () => 'Scope', renderCell: (row) => (row.directoryScopeId === '/' ? 'Directory' : `${row.scopeName} (${row.scopeKindLabel})`) }),
  createTableColumn({ columnId: 'end', renderHeaderCell: () => 'Until', renderCell: (row) => pimDateText(row.endDateTime) }),
];

const sizing = {
  name: { minWidth: 240, idealWidth: 340 },
  kind: { minWidth: 110, idealWidth: 130 },
  how: { minWidth: 200, idealWidth: 260 },
  state: { minWidth: 80, idealWidth: 90 },
  scope: { minWidth: 140, idealWidth: 220 },
  end: { minWidth: 150, idealWidth: 190 },
};

/** "{n} people and {m} service principals can use {role}": distinct principals, whichever way they hold it. */
export function holdersSentence(roleName: string, counts: EffectiveAccess['counts']): string {
  const who = [counts.people ? countOf(counts.people, 'person', 'people') : null, counts.servicePrincipals ? countOf(counts.servicePrincipals, 'service principal', 'service principals') : null].filter(Boolean).join(' and ');
  if (!who) return `No one can use ${roleName}.`;
  const how = [`${counts.active} active`, `${counts.eligible} eligible`, `${counts.throughGroups} through a group`].join(', ');
  return `${who} can use ${roleName}: ${how}.`;
}

/**
 * Effective access of a role: everyone who can use it, each group replaced by its members, with how (direct or
 * through which group), its state (active or eligible), where and until when. Filterable; Download writes the rows.
 */
export function EffectiveHoldersView({ roleId, roleName, access }: { roleId: string; roleName: string; access: EffectiveAccess }) {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<StateFilter>('all');
  const [how, setHow] = useState<HowFilter>('all');
  const [download, setDownload] = useState<DownloadOutcome | null>(null);
  const query = useDeferredValue(search.trim().toLowerCase());
  const rows = useMemo(
    () =>
      access.holders.filter(
        (row) =>
          (state === 'all' || row.state === state) &&
          (how === 'all' || (how === 'group') === (row.via !== null)) &&
          (!query || [row.displayName, row.signInName, row.via?.groupName ?? '', row.scopeName].some((text) => text.toLowerCase().includes(query))),
      ),
    [access.holders, state, how, query],
  );
  const filtered = rows.length !== access.holders.length;
  return (
    <div className={styles.root}>
      <CommandBar label="Effective access commands">
        <CsvDownloadButton url={`/api/effective-access-csv?roleId=${roleId}`} label="Download" fallbackFileName="effective-access.csv" onDone={setDownload} />
      </CommandBar>
      {download ? (
        <MessageBar intent={download.ok ? 'success' : 'error'}>
          <MessageBarBody>{download.ok ? `Downloaded ${download.fileName}.` : download.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text className={styles.summary}>{holdersSentence(roleName, access.counts)} Each group the role is assigned to is listed as its members.</Text>
      {access.eligibleNote ? <MessageBar intent="warning"><MessageBarBody>{access.eligibleNote}</MessageBarBody></MessageBar> : null}
      {access.groupsUnread.length ? <MessageBar intent="warning"><MessageBarBody>The members of the groups holding this role couldn&apos;t be read: people who hold it through a group are missing.</MessageBarBody></MessageBar> : null}
      <div className={styles.filters}>
        <Field label="Search" className={styles.search}>
          <SearchBox value={search} onChange={(_, data) => setSearch(data.value)} placeholder="Name, UPN, group or scope" />
        </Field>
        <Field label="State">
          <Select value={state} onChange={(_, data) => setState(data.value as StateFilter)}>
            <option value="all">Active and eligible</option>
            <option value="Active">Active</option>
            <option value="Eligible">Eligible</option>
          </Select>
        </Field>
        <Field label="How">
          <Select value={how} onChange={(_, data) => setHow(data.value as HowFilter)}>
            <option value="all">Direct and through groups</option>
            <option value="direct">Direct</option>
            <option value="group">Through a group</option>
          </Select>
        </Field>
        <Text role="status">{filtered ? `${rows.length} of ${access.holders.length} rows` : countOf(access.holders.length, 'row', 'rows')}</Text>
      </div>
      {rows.length ? (
        <ListGrid items={rows} columns={columns} getRowId={(row) => row.key} label={`Effective access to ${roleName}`} columnSizingOptions={sizing} />
      ) : (
        <Text className={styles.empty}>{access.holders.length ? 'No one matches these filters.' : `No one holds ${roleName}, directly, through a group or as eligible.`}</Text>
      )}
    </div>
  );
}
