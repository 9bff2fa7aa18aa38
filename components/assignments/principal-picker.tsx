'use client';

import {
  Avatar,
  Caption1,
  Combobox,
  Field,
  Option,
  OptionGroup,
  Spinner,
  Tab,
  TabList,
  Tag,
  TagGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AppGeneric20Regular, PeopleTeam20Regular, Search20Regular } from '@fluentui/react-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { Principal, PrincipalKind } from '@/lib/graph/directory-search';
import { queryKeys } from '@/lib/query/keys';
import { QueryScope } from '@/components/shell/query-scope';
import { directoryObjectKindLabels as kindLabels } from '@/lib/graph/directory-object-kinds';

const groupLabels: Record<PrincipalKind, string> = { user: 'Users', group: 'Groups', servicePrincipal: 'Service principals' };
const principalKinds = ['user', 'group', 'servicePrincipal'] as const satisfies readonly PrincipalKind[];
type Filter = 'all' | PrincipalKind;

export const ROLE_ASSIGNABLE_NOTE =
  "Only role-assignable groups are displayed. If a group isn't listed, you'll need to create a role-assignable group.";

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  combobox: { width: '100%' },
  // Room for about six results, so the selected members and the note stay in view below the list.
  listbox: { maxHeight: '320px' },
  option: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  optionText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '20px', color: tokens.colorNeutralForeground2 },
  tags: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** `holds`: the result already holds the role asked about (`holding`) at its scope. */
type SearchResponse = { principals: (Principal & { holds?: boolean })[]; hasMore: boolean };

/** A role at a scope: the server marks the results that hold it there already. */
export type HoldingQuery = { roleId: string; directoryScopeId: string; reason: string };

async function searchDirectory(query: string, types: readonly PrincipalKind[], holding: HoldingQuery | undefined, signal: AbortSignal): Promise<SearchResponse> {
  const params = new URLSearchParams({ q: query, types: types.join(',') });
  if (holding) {
    params.set('roleId', holding.roleId);
    params.set('directoryScopeId', holding.directoryScopeId);
  }
  const response = await fetch(`/api/directory/search?${params}`, { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (SearchResponse & { error?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.error ?? 'The search failed. Try again in a moment.');
  return body;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** A user's initials, a group's or an app's icon: the way Entra's pickers tell the kinds apart at a glance. */
export function PrincipalAvatar({ principal, size = 28 }: { principal: Principal; size?: 20 | 24 | 28 | 32 }) {
  if (principal.kind === 'user') return <Avatar name={principal.displayName} size={size} color="colorful" aria-hidden />;
  const icon = principal.kind === 'group' ? <PeopleTeam20Regular /> : <AppGeneric20Regular />;
  return <Avatar icon={icon} shape="square" size={size} color={principal.kind === 'group' ? 'brand' : 'neutral'} aria-hidden />;
}

function secondaryText(principal: Principal): string {
  if (principal.kind === 'servicePrincipal') return principal.detail ? `${kindLabels.servicePrincipal} · App ID ${principal.detail}` : kindLabels.servicePrincipal;
  if (principal.kind === 'group') return principal.detail ? `Role-assignable group · ${principal.detail}` : 'Role-assignable group';
  return principal.detail ?? '';
}

export type PrincipalPickerProps = {
  selected: Principal[];
  onChange: (selected: Principal[]) => void;
  /** At most this many may be selected (the action takes 20 at a time). */
  max: number;
  error?: string;
  disabled?: boolean;
  /** What may be picked; a kind filter (All, Users, ...) shows when there is more than one. */
  kinds?: readonly PrincipalKind[];
  /** Principals already holding what is being added: listed, but not selectable, with the reason. */
  existing?: { ids: ReadonlySet<string>; reason: string };
  /** Ask the server which results already hold this role at this scope: listed, but not selectable, with `reason`. */
  holding?: HoldingQuery;
  label?: string;
  placeholder?: string;
};

/**
 * Select member(s): type-ahead over users, role-assignable groups and service principals (or the kinds given),
 * searched on the server (debounced), with a kind filter. Arrow keys move through the results; Enter selects or
 * unselects. Selected members appear as removable tags. TanStack Query serves its search (query-scope.tsx).
 */
export function PrincipalPicker(props: PrincipalPickerProps) {
  return (
    <QueryScope>
      <PrincipalSearch {...props} />
    </QueryScope>
  );
}

function PrincipalSearch({
  selected,
  onChange,
  max,
  error,
  disabled,
  kinds = principalKinds,
  existing,
  holding,
  label = 'Search members',
  placeholder,
}: PrincipalPickerProps) {
  const styles = useStyles();
  const statusId = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const filters: Filter[] = kinds.length > 1 ? ['all', ...kinds] : [];
  const [query, setQuery] = useState('');
  // Controlled: results arrive after the debounce, and the list must open for them however the text got there.
  const [open, setOpen] = useState(false);
  const debounced = useDebounced(query.trim(), 250);
  const types = filter === 'all' ? kinds : [filter];
  const search = useQuery({
    queryKey: queryKeys.directorySearch(debounced, types, holding && { roleId: holding.roleId, directoryScopeId: holding.directoryScopeId }),
    queryFn: ({ signal }) => searchDirectory(debounced, types, holding, signal),
    enabled: debounced.length >= 1,
    placeholderData: keepPreviousData,
  });
  const results = debounced.length >= 1 ? (search.data?.principals ?? []) : [];
  const selectedIds = selected.map((p) => p.id);
  const full = selected.length >= max;
  // Why a result can't be picked: it is a member already, or the server says it holds the role at the scope.
  const heldReason = (principal: SearchResponse['principals'][number]): string | null => {
    if (existing && (existing.ids.has(principal.id) || existing.ids.has(principal.id.toLowerCase()))) return existing.reason;
    if (holding && principal.holds) return holding.reason;
    return null;
  };
  const searching = query.trim().length >= 1 && (search.isFetching || query.trim() !== debounced);

  const toggle = (id: string | undefined) => {
    if (!id) return;
    if (selectedIds.includes(id)) onChange(selected.filter((p) => p.id !== id));
    else {
      const principal = results.find((p) => p.id === id);
      if (principal && !full && heldReason(principal) === null) {
        onChange([...selected, { id: principal.id, displayName: principal.displayName, kind: principal.kind, detail: principal.detail }]);
      }
    }
  };

  const renderOption = (principal: SearchResponse['principals'][number]) => {
    const reason = heldReason(principal);
    return (
      <Option key={principal.id} value={principal.id} text={principal.displayName} disabled={reason !== null || (full && !selectedIds.includes(principal.id))}>
        <span className={styles.option}>
          <PrincipalAvatar principal={principal} size={24} />
          <span className={styles.optionText}>
            <Text truncate wrap={false}>
              {principal.displayName}
            </Text>
            <Caption1 className={styles.secondary}>{reason ?? secondaryText(principal)}</Caption1>
          </span>
        </span>
      </Option>
    );
  };

  let status: string;
  if (search.isError && debounced) status = search.error.message;
  else if (searching) status = 'Searching…';
  else if (!debounced) status = 'Type a name, user principal name or app name to search.';
  else if (results.length === 0) status = 'No results.';
  else status = `${results.length} result${results.length === 1 ? '' : 's'}${search.data?.hasMore ? ', showing the first matches of each type: refine the search to see more' : ''}.`;

  return (
    <div className={styles.root}>
      {filters.length > 0 ? (
        <TabList
          size="small"
          selectedValue={filter}
          onTabSelect={(_, data) => setFilter(data.value as Filter)}
          aria-label="Member type"
          disabled={disabled}
        >
          {filters.map((key) => (
            <Tab key={key} value={key}>
              {key === 'all' ? 'All' : groupLabels[key]}
            </Tab>
          ))}
        </TabList>
      ) : null}
      <Field
        label={label}
        validationMessage={error}
        hint={full ? `You can add up to ${max} members at a time.` : undefined}
      >
        <Combobox
          className={styles.combobox}
          freeform
          multiselect
          inlinePopup
          disabled={disabled}
          placeholder={placeholder ?? (filter === 'all' ? 'Search users, groups and service principals' : `Search ${groupLabels[filter].toLowerCase()}`)}
          expandIcon={<Search20Regular />}
          value={query}
          selectedOptions={selectedIds}
          open={open && query.trim().length >= 1}
          onOpenChange={(_, data) => setOpen(data.open)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onOptionSelect={(_, data) => toggle(data.optionValue)}
          aria-describedby={statusId}
          listbox={{ className: styles.listbox }}
          // Fluent sizes the list to the space below by default; cap its height instead (styles.listbox).
          positioning={{ autoSize: 'width' }}
        >
          {filter === 'all'
            ? kinds.map((kind) => {
                const ofKind = results.filter((p) => p.kind === kind);
                return ofKind.length === 0 ? null : (
                  <OptionGroup key={kind} label={groupLabels[kind]}>
                    {ofKind.map(renderOption)}
                  </OptionGroup>
                );
              })
            : results.map(renderOption)}
          {debounced && !searching && !search.isError && results.length === 0 ? (
            <Option key="no-results" value="" text="" disabled>
              No results
            </Option>
          ) : null}
        </Combobox>
      </Field>
      <div id={statusId} className={styles.status} role="status" aria-live="polite">
        {searching ? <Spinner size="extra-tiny" aria-hidden /> : null}
        <Caption1>{status}</Caption1>
      </div>
      {kinds.includes('group') && (filter === 'all' || filter === 'group') ? <Caption1 className={styles.note}>{ROLE_ASSIGNABLE_NOTE}</Caption1> : null}
      {selected.length > 0 ? (
        <TagGroup
          className={styles.tags}
          aria-label={`Selected members (${selected.length})`}
          onDismiss={(_, data) => onChange(selected.filter((p) => p.id !== data.value))}
        >
          {selected.map((principal) => (
            <Tag
              key={principal.id}
              value={principal.id}
              dismissible
              dismissIcon={{ 'aria-label': `Remove ${principal.displayName}` }}
              media={<PrincipalAvatar principal={principal} size={20} />}
              // Picked at another scope, then the scope changed: say so on the tag, before Add refuses it.
              secondaryText={heldReason(principal) ?? kindLabels[principal.kind]}
              disabled={disabled}
            >
              {principal.displayName}
            </Tag>
          ))}
        </TagGroup>
      ) : (
        <Caption1 className={styles.note}>No members selected.</Caption1>
      )}
    </div>
  );
}
