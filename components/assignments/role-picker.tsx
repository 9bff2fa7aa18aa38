'use client';

import { Caption1, Combobox, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';
import type { AssignableRole } from '@/lib/views/principal-assignments';

const useStyles = makeStyles({
  control: { width: '100%' },
  // Room for about eight roles, so the scope below stays in view.
  listbox: { maxHeight: '320px' },
  option: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, width: '100%', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export type RolePickerProps = {
  roles: readonly AssignableRole[];
  /** The chosen role's id; '' while none is chosen. */
  value: string;
  onChange: (roleId: string) => void;
  error?: string;
  disabled?: boolean;
};

/** Select role: every role, searchable by name as the admin types, the privileged ones labelled PRIVILEGED. */
export function RolePicker({ roles, value, onChange, error, disabled }: RolePickerProps) {
  const styles = useStyles();
  const [filterText, setFilterText] = useState<string | null>(null);
  // Controlled, so the list opens for typed text however it got there (typed, pasted, filled in by a test).
  const [open, setOpen] = useState(false);
  const chosen = roles.find((role) => role.id === value);
  const needle = filterText?.trim().toLowerCase() ?? '';
  const shown = needle ? roles.filter((role) => role.displayName.toLowerCase().includes(needle)) : roles;
  return (
    <Field label="Role" required validationMessage={error} hint={chosen?.privileged ? 'A privileged role: it can grant access, change credentials or read restricted data.' : undefined}>
      <Combobox
        className={styles.control}
        inlinePopup
        freeform
        disabled={disabled}
        placeholder="Search roles"
        expandIcon={<Search20Regular />}
        value={filterText ?? chosen?.displayName ?? ''}
        selectedOptions={chosen ? [chosen.id] : []}
        open={open}
        onChange={(event) => {
          setFilterText(event.target.value);
          setOpen(true);
        }}
        onOptionSelect={(_, data) => {
          setFilterText(null);
          if (data.optionValue) onChange(data.optionValue);
        }}
        onOpenChange={(_, data) => {
          setOpen(data.open);
          if (!data.open) setFilterText(null);
        }}
        listbox={{ className: styles.listbox }}
        positioning={{ autoSize: 'width' }}
      >
        {shown.map((role) => (
          <Option key={role.id} value={role.id} text={role.displayName}>
            <span className={styles.option}>
              <Text truncate wrap={false}>
                {role.displayName}
              </Text>
              {role.privileged ? <PrivilegedBadge /> : null}
            </span>
          </Option>
        ))}
        {shown.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            <Caption1 className={styles.hint}>No roles match.</Caption1>
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
