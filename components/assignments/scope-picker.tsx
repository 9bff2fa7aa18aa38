'use client';

import { Caption1, Combobox, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { scopeKindLabels, type ScopeKind, type ScopeOption } from '@/lib/roles/scope-kinds';

/** What a role at each kind of scope covers, in the admin center's terms. */
export const scopeExplanations: Record<ScopeKind, string> = {
  directory: 'The role applies to the whole organization.',
  administrativeUnit: "The role applies to the unit's direct members, not to the unit itself.",
  application: 'The role applies to this app registration only: its holders can manage this app, not the others.',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fixed: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  explanation: { color: tokens.colorNeutralForeground2 },
  control: { width: '100%' },
});

export type ScopePickerProps = {
  /** The scope kinds the role supports; others are never offered. */
  supportedKinds: readonly ScopeKind[];
  options: readonly ScopeOption[];
  /** Set on a scoped blade: shown read-only. */
  fixedScope?: ScopeOption;
  /** The chosen directoryScopeId; '' while a unit or app is still to be chosen. */
  value: string;
  onChange: (directoryScopeId: string) => void;
  error?: string;
  disabled?: boolean;
};

/** Scope: a type (Directory, Administrative unit, App registration), then one object of that type. */
export function ScopePicker({ supportedKinds, options, fixedScope, value, onChange, error, disabled }: ScopePickerProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<ScopeKind>(() => options.find((o) => o.directoryScopeId === value)?.kind ?? 'directory');
  const [filterText, setFilterText] = useState<string | null>(null);

  if (fixedScope) {
    return (
      <div className={styles.fixed}>
        <Text weight="semibold">
          Scope: {fixedScope.name} ({scopeKindLabels[fixedScope.kind]})
        </Text>
        <Caption1 className={styles.explanation}>{scopeExplanations[fixedScope.kind]}</Caption1>
      </div>
    );
  }

  // Directory always; a unit or an app only when the role supports it and there is one to pick.
  const kinds = (['directory', 'administrativeUnit', 'application'] as const).filter(
    (k) => k === 'directory' || (supportedKinds.includes(k) && options.some((o) => o.kind === k)),
  );
  const objects = options.filter((o) => o.kind === kind);
  const chosen = options.find((o) => o.directoryScopeId === value);
  const shown = filterText === null ? objects : objects.filter((o) => o.name.toLowerCase().includes(filterText.trim().toLowerCase()));

  return (
    <div className={styles.root}>
      <Field label="Scope type" hint={kinds.length === 1 ? 'This role can be assigned only at Directory scope.' : undefined}>
        <Dropdown
          className={styles.control}
          inlinePopup
          disabled={disabled || kinds.length === 1}
          value={scopeKindLabels[kind]}
          selectedOptions={[kind]}
          onOptionSelect={(_, data) => {
            const next = (data.optionValue ?? 'directory') as ScopeKind;
            setKind(next);
            setFilterText(null);
            onChange(next === 'directory' ? '/' : '');
          }}
        >
          {kinds.map((k) => (
            <Option key={k} value={k}>
              {scopeKindLabels[k]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {kind !== 'directory' ? (
        <Field label={scopeKindLabels[kind]} required validationMessage={error}>
          <Combobox
            className={styles.control}
            inlinePopup
            disabled={disabled}
            placeholder={kind === 'administrativeUnit' ? 'Select an administrative unit' : 'Select an app registration'}
            value={filterText ?? chosen?.name ?? ''}
            selectedOptions={chosen ? [chosen.directoryScopeId] : []}
            onChange={(event) => setFilterText(event.target.value)}
            onOptionSelect={(_, data) => {
              setFilterText(null);
              onChange(data.optionValue ?? '');
            }}
            onOpenChange={(_, data) => {
              if (!data.open) setFilterText(null);
            }}
          >
            {shown.map((o) => (
              <Option key={o.directoryScopeId} value={o.directoryScopeId}>
                {o.name}
              </Option>
            ))}
            {shown.length === 0 ? (
              <Option key="none" value="" text="" disabled>
                No results
              </Option>
            ) : null}
          </Combobox>
        </Field>
      ) : null}
      <Caption1 className={styles.explanation}>{scopeExplanations[kind]}</Caption1>
    </div>
  );
}
