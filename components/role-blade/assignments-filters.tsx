'use client';

import { Button, Dropdown, Field, makeStyles, Option, SearchBox, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import {
  emptyAssignmentFilters,
  scopeChoices,
  type AssignmentFilters,
  type RoleAssignmentRow,
} from '@/lib/roles/assignment-filters';
import { scopeKindLabels, type ScopeKind } from '@/lib/roles/scope-kinds';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  search: { width: '320px', maxWidth: '100%' },
  dropdown: { minWidth: '180px' },
});

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
  const selectedScope = scopes.find((choice) => choice.directoryScopeId === filters.scope);
  const kinds = Object.keys(scopeKindLabels) as ScopeKind[];
  const typeLabel = typeOptions.find((option) => option.value === (filters.type ?? ALL))?.label ?? 'All types';
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
        <Dropdown
          className={styles.dropdown}
          value={filters.scopeKind ? scopeKindLabels[filters.scopeKind] : 'All scope types'}
          selectedOptions={[filters.scopeKind ?? ALL]}
          onOptionSelect={(_, data) => {
            const kind = kinds.find((k) => k === data.optionValue) ?? null;
            set({ scopeKind: kind, scope: null });
          }}
        >
          <Option value={ALL}>All scope types</Option>
          {kinds.map((kind) => <Option key={kind} value={kind}>{scopeKindLabels[kind]}</Option>)}
        </Dropdown>
      </Field>
      <Field label="Scope">
        <Dropdown
          className={styles.dropdown}
          value={selectedScope?.label ?? 'All scopes'}
          selectedOptions={[filters.scope ?? ALL]}
          onOptionSelect={(_, data) => set({ scope: data.optionValue === ALL ? null : (data.optionValue ?? null) })}
        >
          <Option value={ALL}>All scopes</Option>
          {scopes.map((choice) => (
            <Option key={choice.directoryScopeId} value={choice.directoryScopeId} text={choice.label}>
              {`${choice.label} (${choice.count})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Type">
        <Dropdown
          className={styles.dropdown}
          value={typeLabel}
          selectedOptions={[filters.type ?? ALL]}
          onOptionSelect={(_, data) => {
            const type = typeOptions.find((option) => option.value === data.optionValue)?.value ?? ALL;
            set({ type: type === ALL ? null : type });
          }}
        >
          {typeOptions.map((option) => <Option key={option.value} value={option.value}>{option.label}</Option>)}
        </Dropdown>
      </Field>
      {active ? (
        <Button appearance="subtle" icon={<Dismiss16Regular />} onClick={() => onChange(emptyAssignmentFilters)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
