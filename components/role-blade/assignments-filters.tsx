'use client';

import { Button, Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import {
  emptyAssignmentFilters,
  scopeChoices,
  type AssignmentFilters,
  type RoleAssignmentRow,
} from '@/lib/roles/assignment-filters';
import { scopeKindLabels, type ScopeKind } from '@/lib/roles/scope-kinds';
import { formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  search: { width: '320px', maxWidth: '100%' },
  select: { minWidth: '180px' },
});

// Native selects (Fluent's Select), not Fluent's Dropdown: the same keyboard and screen-reader behaviour for a
// short fixed list, without the listbox, positioning and portal code on the blade's first load.

const ALL = 'all';
const typeOptions = [
  { value: ALL, label: 'All types' },
  { value: 'user', label: 'Users' },
  { value: 'group', label: 'Groups' },
  { value: 'servicePrincipal', label: 'Service principals' },
] as const;

/** Search by name or UPN, and filter by scope type, one scope and principal type; every change lands in the URL. */
export function AssignmentsFilters({ rows, filters, onChange }: {
  rows: readonly RoleAssignmentRow[];
  filters: AssignmentFilters;
  onChange: (filters: AssignmentFilters) => void;
}) {
  const styles = useStyles();
  const set = (patch: Partial<AssignmentFilters>) => onChange({ ...filters, page: 1, ...patch });
  const scopes = scopeChoices(rows, filters.scopeKind);
  const kinds = Object.keys(scopeKindLabels) as ScopeKind[];
  const active = filters.scopeKind !== null || filters.scope !== null || filters.type !== null || filters.search !== '';

  return (
    <div className={styles.root} role="search" aria-label="Filter assignments">
      <Field label="Search">
        <SearchBox
          className={styles.search}
          placeholder="Search by name, username or app ID"
          value={filters.search}
          onChange={(_, data) => set({ search: data.value })}
        />
      </Field>
      <Field label="Scope type">
        <Select
          className={styles.select}
          value={filters.scopeKind ?? ALL}
          onChange={(_, data) => set({ scopeKind: kinds.find((kind) => kind === data.value) ?? null, scope: null })}
        >
          <option value={ALL}>All scope types</option>
          {kinds.map((kind) => <option key={kind} value={kind}>{scopeKindLabels[kind]}</option>)}
        </Select>
      </Field>
      <Field label="Scope">
        <Select
          className={styles.select}
          value={filters.scope ?? ALL}
          onChange={(_, data) => set({ scope: data.value === ALL ? null : data.value })}
        >
          <option value={ALL}>All scopes</option>
          {scopes.map((choice) => (
            <option key={choice.directoryScopeId} value={choice.directoryScopeId}>
              {`${choice.label} (${formatCount(choice.count)})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Type">
        <Select
          className={styles.select}
          value={filters.type ?? ALL}
          onChange={(_, data) => {
            const type = typeOptions.find((option) => option.value === data.value)?.value ?? ALL;
            set({ type: type === ALL ? null : type });
          }}
        >
          {typeOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </Select>
      </Field>
      {active ? (
        <Button appearance="subtle" icon={<Dismiss16Regular />} onClick={() => onChange(emptyAssignmentFilters)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
