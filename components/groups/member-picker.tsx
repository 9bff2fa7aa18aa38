'use client';

import { Caption1, Combobox, Field, makeStyles, Option, OptionGroup, Spinner, Tag, TagGroup, Text, tokens } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { PrincipalAvatar } from '@/components/assignments/principal-picker';
import type { Principal, PrincipalKind } from '@/lib/graph/directory-search';
import { queryKeys } from '@/lib/query/keys';

// Users and service principals: what a role-assignable group may contain (no groups: nesting is not supported),
// and what an admin adds to an ordinary group here.
const memberKinds = ['user', 'servicePrincipal'] as const satisfies readonly PrincipalKind[];
const groupLabels = { user: 'Users', servicePrincipal: 'Service principals' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  listbox: { maxHeight: '320px' },
  option: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  optionText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  secondary: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '20px', color: tokens.colorNeutralForeground2 },
  tags: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground2 },
});

async function search(query: string, signal: AbortSignal): Promise<Principal[]> {
  const params = new URLSearchParams({ q: query, types: memberKinds.join(',') });
  const response = await fetch(`/api/directory/search?${params}`, { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { principals?: Principal[]; error?: string } | null;
  if (!response.ok || !body?.principals) throw new Error(body?.error ?? 'The search failed. Try again in a moment.');
  return body.principals;
}

/** Select members: type-ahead over users and service principals; existing members are shown but can't be picked. */
export function MemberPicker({ selected, onChange, existingIds, max, error, disabled }: {
  selected: Principal[];
  onChange: (selected: Principal[]) => void;
  existingIds: ReadonlySet<string>;
  max: number;
  error?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const statusId = useId();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 250);
    return () => clearTimeout(timer);
  }, [query]);
  const result = useQuery({
    queryKey: queryKeys.directorySearch(debounced, memberKinds),
    queryFn: ({ signal }) => search(debounced, signal),
    enabled: debounced.length >= 1,
    placeholderData: keepPreviousData,
  });
  const results = debounced ? (result.data ?? []) : [];
  const selectedIds = selected.map((p) => p.id);
  const full = selected.length >= max;
  const searching = query.trim().length >= 1 && (result.isFetching || query.trim() !== debounced);

  const toggle = (id: string | undefined) => {
    if (!id) return;
    if (selectedIds.includes(id)) onChange(selected.filter((p) => p.id !== id));
    else {
      const principal = results.find((p) => p.id === id);
      if (principal && !full && !existingIds.has(id)) onChange([...selected, principal]);
    }
  };

  let status: string;
  if (result.isError && debounced) status = result.error.message;
  else if (searching) status = 'Searching\u2026';
  else if (!debounced) status = 'Type a name, user principal name or app name to search.';
  else if (results.length === 0) status = 'No results.';
  else status = `${results.length} result${results.length === 1 ? '' : 's'}.`;

  return (
    <div className={styles.root}>
      <Field label="Search users and service principals" validationMessage={error} hint={full ? `You can add up to ${max} members at a time.` : undefined}>
        <Combobox
          freeform
          multiselect
          inlinePopup
          disabled={disabled}
          placeholder="Search by name or user principal name"
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
          positioning={{ autoSize: 'width' }}
        >
          {memberKinds.map((kind) => {
            const ofKind = results.filter((p) => p.kind === kind);
            return ofKind.length === 0 ? null : (
              <OptionGroup key={kind} label={groupLabels[kind]}>
                {ofKind.map((principal) => {
                  const member = existingIds.has(principal.id);
                  return (
                    <Option key={principal.id} value={principal.id} text={principal.displayName} disabled={member || (full && !selectedIds.includes(principal.id))}>
                      <span className={styles.option}>
                        <PrincipalAvatar principal={principal} size={24} />
                        <span className={styles.optionText}>
                          <Text truncate wrap={false}>{principal.displayName}</Text>
                          <Caption1 className={styles.secondary}>
                            {member ? 'Already a member' : kind === 'user' ? (principal.detail ?? '') : `Service principal${principal.detail ? ` \u00b7 App ID ${principal.detail}` : ''}`}
                          </Caption1>
                        </span>
                      </span>
                    </Option>
                  );
                })}
              </OptionGroup>
            );
          })}
        </Combobox>
      </Field>
      <div id={statusId} className={styles.status} role="status" aria-live="polite">
        {searching ? <Spinner size="extra-tiny" aria-hidden /> : null}
        <Caption1>{status}</Caption1>
      </div>
      {selected.length > 0 ? (
        <TagGroup className={styles.tags} aria-label={`Selected members (${selected.length})`} onDismiss={(_, data) => onChange(selected.filter((p) => p.id !== data.value))}>
          {selected.map((principal) => (
            <Tag
              key={principal.id}
              value={principal.id}
              dismissible
              dismissIcon={{ 'aria-label': `Remove ${principal.displayName}` }}
              media={<PrincipalAvatar principal={principal} size={20} />}
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
