'use client';

import { Button, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { DismissCircle20Regular } from '@fluentui/react-icons';
import { activeAuditFilterCount, type AuditFilters } from '@/lib/roles/audit-filters';
import { AUDIT_ACTIVITIES, type AuditActivity } from '@/lib/roles/audit-constants';
import type { AuditActorOption, AuditRoleOption } from '@/lib/views/audit-options';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
  },
  dropdown: { minWidth: '200px', maxWidth: '260px' },
  date: { width: '150px' },
});

const ALL = '';

type AuditFiltersBarProps = {
  filters: AuditFilters;
  actors: AuditActorOption[];
  roles: AuditRoleOption[];
  disabled?: boolean;
  onChange: (filters: AuditFilters) => void;
};

/** Activity, Initiated by, Role and a date range; each change is a new URL (the server reads Graph with it). */
export function AuditFiltersBar({ filters, actors, roles, disabled, onChange }: AuditFiltersBarProps) {
  const styles = useStyles();
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const actorLabel = actors.find((a) => a.value === filters.actor)?.label ?? 'All';
  const roleLabel = roles.find((r) => r.id === filters.role)?.name ?? 'All';
  return (
    <div className={styles.root} role="search" aria-label="Filter audit logs">
      <Field label="Activity">
        <Dropdown
          className={styles.dropdown}
          value={filters.activity || 'All'}
          selectedOptions={[filters.activity]}
          disabled={disabled}
          onOptionSelect={(_, data) => set({ activity: (data.optionValue ?? ALL) as AuditActivity | '' })}
        >
          <Option value={ALL}>All</Option>
          {AUDIT_ACTIVITIES.map((activity) => (
            <Option key={activity.name} value={activity.name}>
              {activity.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Initiated by">
        <Dropdown
          className={styles.dropdown}
          value={actorLabel}
          selectedOptions={[filters.actor]}
          disabled={disabled}
          onOptionSelect={(_, data) => set({ actor: data.optionValue ?? ALL })}
        >
          <Option value={ALL}>All</Option>
          {actors.map((actor) => (
            <Option key={actor.value} value={actor.value} text={actor.label}>
              {actor.detail ? `${actor.label} (${actor.detail})` : actor.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Role">
        <Dropdown
          className={styles.dropdown}
          value={roleLabel}
          selectedOptions={[filters.role]}
          disabled={disabled}
          onOptionSelect={(_, data) => set({ role: data.optionValue ?? ALL })}
        >
          <Option value={ALL}>All</Option>
          {roles.map((role) => (
            <Option key={role.id} value={role.id}>
              {role.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="From (UTC)">
        <Input
          className={styles.date}
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          disabled={disabled}
          onChange={(_, data) => set({ from: data.value })}
        />
      </Field>
      <Field label="To (UTC)">
        <Input
          className={styles.date}
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          disabled={disabled}
          onChange={(_, data) => set({ to: data.value })}
        />
      </Field>
      {activeAuditFilterCount(filters) > 0 ? (
        <Button
          appearance="subtle"
          icon={<DismissCircle20Regular />}
          disabled={disabled}
          onClick={() => onChange({ activity: '', actor: '', role: '', from: '', to: '' })}
        >
          Reset filters
        </Button>
      ) : null}
    </div>
  );
}
