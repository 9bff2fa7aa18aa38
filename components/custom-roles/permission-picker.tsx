'use client';

import { Button, Checkbox, Field, Input, Link, makeStyles, SearchBox, Switch, Text, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import type { CustomRoleAction } from '@/lib/roles/custom-role-catalog';
import type { PermissionFacts } from './use-permission-facts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalL },
  search: { width: '360px', maxWidth: '100%' },
  // The height of the search box, so the switch and the count line up with it rather than with its label.
  toggles: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, minHeight: '32px' },
  group: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  groupTitle: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', marginBottom: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', alignItems: 'start', columnGap: tokens.spacingHorizontalS },
  action: { cursor: 'pointer', fontFamily: tokens.fontFamilyMonospace, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', wordBreak: 'break-all' },
  description: { color: tokens.colorNeutralForeground3 },
  byName: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  byNameInput: { width: '480px', maxWidth: '100%' },
});

const key = (action: string) => action.trim().toLowerCase();

type Row = { action: string; item: CustomRoleAction; checked: boolean; pattern?: boolean };

/**
 * The Permissions step: Microsoft's list of what custom roles may hold, grouped as its six Learn pages are, searchable
 * by action or description; and "Add a permission by name" for one the list lacks, sent as typed so that Microsoft
 * Graph, not this page, decides whether it is allowed.
 */
export function PermissionPicker({ selected, onChange, facts }: { selected: string[]; onChange: (actions: string[]) => void; facts: PermissionFacts }) {
  const styles = useStyles();
  const baseId = useId();
  const idOf = (action: string) => `${baseId}-${action.replace(/[^A-Za-z0-9]/g, '-')}`;
  const [search, setSearch] = useState('');
  const [selectedOnly, setSelectedOnly] = useState(false);
  const [typed, setTyped] = useState('');
  const query = useDeferredValue(search.trim().toLowerCase());
  const chosen = useMemo(() => new Set(selected.map(key)), [selected]);
  // A listed `{id}` pattern (consent subject to a policy) is held as concrete actions: each is a row of its own, and
  // the pattern's row says how to add one.
  const rowsOf = useCallback(
    (item: CustomRoleAction): Row[] => {
      if (!item.action.includes('{id}')) return [{ action: item.action, item, checked: chosen.has(key(item.action)) }];
      const held = selected.filter((action) => facts.find(action) === item);
      return held.length ? held.map((action) => ({ action, item, checked: true })) : [{ action: item.action, item, checked: false, pattern: true }];
    },
    [chosen, selected, facts],
  );
  const groups = useMemo(
    () =>
      facts.catalog
        .map(({ category, actions }) => ({
          category,
          rows: actions
            .flatMap(rowsOf)
            .filter((row) => (!query || row.action.toLowerCase().includes(query) || row.item.description.toLowerCase().includes(query)) && (!selectedOnly || row.checked)),
        }))
        .filter((group) => group.rows.length > 0),
    [facts.catalog, rowsOf, query, selectedOnly],
  );
  const unlisted = selected.filter((action) => !facts.find(action));
  const toggle = (action: string, on: boolean) => onChange(on ? [...selected, action] : selected.filter((item) => key(item) !== key(action)));
  const addTyped = () => {
    const action = typed.trim();
    if (!action || chosen.has(key(action))) return setTyped('');
    onChange([...selected, action]);
    facts.learn([action]);
    setTyped('');
  };
  const shown = groups.reduce((sum, group) => sum + group.rows.length, 0);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label="Search permissions" className={styles.search}>
          <SearchBox value={search} onChange={(_, data) => setSearch(data.value)} placeholder="e.g. credentials, owners, devices" />
        </Field>
        <div className={styles.toggles}>
          <Switch checked={selectedOnly} onChange={(_, data) => setSelectedOnly(data.checked)} label="Selected only" />
          <Text role="status">{selected.length} selected{query || selectedOnly ? `, ${shown} shown` : ''}</Text>
        </div>
      </div>
      {unlisted.length ? (
        <section className={styles.group} aria-label="Permissions added by name">
          <div className={styles.groupTitle}>
            <Text weight="semibold">Added by name</Text>
            <Text className={styles.description}>Not in Microsoft&apos;s list for custom roles; Microsoft Graph decides whether it is allowed.</Text>
          </div>
          <ul className={styles.list}>
            {unlisted.map((action) => (
              <li key={action} className={styles.item}>
                <Checkbox checked onChange={() => toggle(action, false)} aria-label={action} />
                <span className={styles.action}>{action}{facts.isPrivileged(action) ? <PrivilegedBadge /> : null}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map(({ category, rows }) => (
        <section key={category.id} className={styles.group} aria-label={category.label}>
          <div className={styles.groupTitle}>
            <Text weight="semibold">{category.label}</Text>
            <Text className={styles.description}>({rows.length})</Text>
            <Link href={category.source} target="_blank" rel="noreferrer">Microsoft&apos;s list</Link>
          </div>
          <ul className={styles.list}>
            {rows.map((row) => (
              <li key={row.action} className={styles.item}>
                <Checkbox id={idOf(row.action)} checked={row.checked} disabled={row.pattern} onChange={(_, data) => toggle(row.action, data.checked === true)} aria-label={row.action} />
                <div>
                  <label htmlFor={idOf(row.action)} className={styles.action}>{row.action}{row.item.privileged ? <PrivilegedBadge /> : null}</label>
                  <Text block size={200} className={styles.description}>
                    {row.item.description}
                    {row.pattern ? ' Add it by name below, with the policy\u2019s id in place of {id}.' : ''}
                  </Text>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 ? <Text>No permission matches {search ? `\u201C${search}\u201D` : 'the filter'}.</Text> : null}
      <div className={styles.byName}>
        <Field label="Add a permission by name" className={styles.byNameInput}>
          <Input value={typed} onChange={(_, data) => setTyped(data.value)} onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); addTyped(); } }} placeholder="microsoft.directory/…" />
        </Field>
        <Button icon={<Add20Regular />} onClick={addTyped} disabled={!typed.trim()}>Add permission</Button>
      </div>
      <Text size={200} className={styles.description}>For an action not listed above, e.g. one Microsoft added since this list was taken. It is sent as typed: Microsoft Graph decides whether a custom role may hold it.</Text>
    </div>
  );
}
