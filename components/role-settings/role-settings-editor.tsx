'use client';

import { Checkbox, DrawerBody, Field, makeStyles, Radio, RadioGroup, Select, Slider, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { SidePanel, SidePanelFooter } from '@/components/common/side-panel';
import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import { durationHours, hoursDuration } from '@/lib/roles/iso-duration';
import { changedSettings, type RoleSettings } from '@/lib/roles/role-settings';
import type { RoleSummary } from '@/lib/views/role-blade';
import { expiryOptions, expiryOptionValue, hoursText, settingLabels } from './setting-rows';
import { SaveSettingsDialog } from './save-settings-dialog';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalM },
  tabs: { marginBottom: tokens.spacingVerticalS },
  slider: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  sliderControl: { flexGrow: 1 },
  // 47 half-hour steps draw as a dashed rail; Entra's slider shows none.
  sliderRail: { '::before': { backgroundImage: 'none' } },
  sliderValue: { minWidth: '9em', fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Section = 'activation' | 'assignment';

/**
 * "Edit role setting", as Entra's editor: Activation and Assignment tabs over one draft of the settings. Save asks
 * first (the changes in words and the Graph requests they send); nothing is written before Yes.
 */
export function RoleSettingsEditor({ open, role, policyId, rules, settings, onClose, action, pending }: {
  open: boolean;
  role: RoleSummary;
  policyId: string;
  rules: PolicyRuleBody[];
  settings: RoleSettings;
  onClose: () => void;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const styles = useStyles();
  const formId = useId();
  const [section, setSection] = useState<Section>('activation');
  const [draft, setDraft] = useState(settings);
  const [confirming, setConfirming] = useState(false);
  const set = <K extends keyof RoleSettings>(key: K, value: RoleSettings[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const hours = durationHours(draft.activationMaximumDuration) ?? 8;
  const changed = changedSettings(settings, draft).length > 0;

  return (
    <SidePanel title="Edit role setting" subtitle={role.displayName} open={open} onOpenChange={(next) => { if (!next && !pending) onClose(); }}>
      <DrawerBody>
        <TabList className={styles.tabs} selectedValue={section} onTabSelect={(_, data) => setSection(data.value as Section)} aria-label="Role setting sections">
          <Tab value="activation">Activation</Tab>
          <Tab value="assignment">Assignment</Tab>
        </TabList>
        <form id={formId} className={styles.form} onSubmit={(event) => { event.preventDefault(); if (changed) setConfirming(true); }}>
          {section === 'activation' ? (
            <>
              <div className={styles.slider}>
                <Field className={styles.sliderControl} label={settingLabels.activationMaximumDuration} hint="From 1 to 24 hours, in half hours.">
                  <Slider
                    rail={{ className: styles.sliderRail }}
                    min={Math.min(1, hours)}
                    max={Math.max(24, hours)}
                    step={0.5}
                    value={hours}
                    aria-valuetext={hoursText(hours)}
                    onChange={(_, data) => set('activationMaximumDuration', hoursDuration(data.value))}
                  />
                </Field>
                <Text className={styles.sliderValue} aria-hidden>{hoursText(hours)}</Text>
              </div>
              <Field label={settingLabels.activationRequiresMfa}>
                <RadioGroup value={draft.activationRequiresMfa ? 'mfa' : 'none'} onChange={(_, data) => set('activationRequiresMfa', data.value === 'mfa')}>
                  <Radio value="none" label="None" />
                  <Radio value="mfa" label="Azure MFA" />
                </RadioGroup>
              </Field>
              <div className={styles.group}>
                <Checkbox label={settingLabels.activationRequiresJustification} checked={draft.activationRequiresJustification} onChange={(_, data) => set('activationRequiresJustification', data.checked === true)} />
                <Checkbox label={settingLabels.activationRequiresTicket} checked={draft.activationRequiresTicket} onChange={(_, data) => set('activationRequiresTicket', data.checked === true)} />
                <Checkbox label={settingLabels.activationRequiresApproval} checked={draft.activationRequiresApproval} onChange={(_, data) => set('activationRequiresApproval', data.checked === true)} />
                {draft.activationRequiresApproval ? (
                  <Text size={200} className={styles.hint}>With no approvers chosen, Privileged Role Administrators and Global Administrators approve.</Text>
                ) : null}
              </div>
            </>
          ) : (
            <>
              <ExpiryChoice
                permanentLabel={settingLabels.allowPermanentEligible}
                expiryLabel={settingLabels.eligibleMaximumDuration}
                permanent={draft.allowPermanentEligible}
                duration={draft.eligibleMaximumDuration}
                onPermanent={(value) => set('allowPermanentEligible', value)}
                onDuration={(value) => set('eligibleMaximumDuration', value)}
              />
              <ExpiryChoice
                permanentLabel={settingLabels.allowPermanentActive}
                expiryLabel={settingLabels.activeMaximumDuration}
                permanent={draft.allowPermanentActive}
                duration={draft.activeMaximumDuration}
                onPermanent={(value) => set('allowPermanentActive', value)}
                onDuration={(value) => set('activeMaximumDuration', value)}
              />
              <div className={styles.group}>
                <Checkbox label={settingLabels.activeRequiresMfa} checked={draft.activeRequiresMfa} onChange={(_, data) => set('activeRequiresMfa', data.checked === true)} />
                <Checkbox label={settingLabels.activeRequiresJustification} checked={draft.activeRequiresJustification} onChange={(_, data) => set('activeRequiresJustification', data.checked === true)} />
              </div>
            </>
          )}
        </form>
      </DrawerBody>
      <SidePanelFooter formId={formId} submitLabel="Save" pendingLabel="Saving\u2026" pending={pending} submitDisabled={!changed} onCancel={onClose}>
        {changed ? null : <Text className={styles.hint}>No changes yet.</Text>}
      </SidePanelFooter>
      {confirming ? (
        <SaveSettingsDialog
          role={role}
          policyId={policyId}
          rules={rules}
          before={settings}
          after={draft}
          action={action}
          pending={pending}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </SidePanel>
  );
}

/** "Allow permanent … assignment" and, when it is off, "Expire … assignments after". */
function ExpiryChoice({ permanentLabel, expiryLabel, permanent, duration, onPermanent, onDuration }: {
  permanentLabel: string;
  expiryLabel: string;
  permanent: boolean;
  duration: string;
  onPermanent: (value: boolean) => void;
  onDuration: (value: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <Checkbox label={permanentLabel} checked={permanent} onChange={(_, data) => onPermanent(data.checked === true)} />
      <Field label={expiryLabel} hint={permanent ? 'Not used while permanent assignments are allowed.' : undefined}>
        <Select value={expiryOptionValue(duration)} disabled={permanent} onChange={(_, data) => onDuration(data.value)}>
          {expiryOptions(duration).map((option) => <option key={option.value} value={option.value}>{option.text}</option>)}
        </Select>
      </Field>
    </div>
  );
}
