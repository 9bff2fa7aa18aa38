'use client';

import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, ToolbarButton, ToolbarDivider, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useActionState, useState, useTransition } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { CommandBar } from '@/components/common/command-bar';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { InfoLabelOnDemand } from '@/components/common/info-label-on-demand';
import { onDemand } from '@/components/common/on-demand';
import type { ActionResult } from '@/lib/actions/action-result';
import type { PolicyRuleBody } from '@/lib/graph/role-management-policy-plans';
import type { RoleSettings } from '@/lib/roles/role-settings';
import type { RoleSummary } from '@/lib/views/role-blade';
import { saveRoleSettings } from './actions';
import { activationRows, assignmentRows } from './setting-rows';
import { SettingsSection } from './settings-section';

const RoleSettingsEditor = onDemand(() => import('./role-settings-editor').then((module) => module.RoleSettingsEditor));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '960px' },
  commands: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  intro: { color: tokens.colorNeutralForeground2 },
  policy: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** What the page read: the settings and the rules they come from, or why Graph would not say. */
export type RoleSettingsPageRead =
  | { ok: true; policyId: string; rules: PolicyRuleBody[]; settings: RoleSettings }
  | { ok: false; denied: boolean; message: string };

/**
 * Role settings (PIM's "Role setting details"): how the role is activated and assigned, read from its policy's rules.
 * Edit opens the editor for an admin who may change them; Graph's answer to Save shows above the settings, which the
 * page has read again by then.
 */
export function RoleSettingsView({ role, read, editDeniedReason }: {
  role: RoleSummary;
  read: RoleSettingsPageRead;
  /** Why Edit is disabled (the admin's roles, an unreadable policy); null when the admin may edit. */
  editDeniedReason: string | null;
}) {
  const styles = useStyles();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [editing, setEditing] = useState(false);
  const [result, action, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const outcome = await saveRoleSettings(previous, form);
    setEditing(false);
    return outcome;
  }, null);

  return (
    <div className={styles.root}>
      <div className={styles.commands}>
        <CommandBar label="Role settings commands">
          <GuardedToolbarButton icon={<Edit20Regular />} onClick={() => setEditing(true)} disabledReason={editDeniedReason} preload={RoleSettingsEditor.preload}>
            Edit
          </GuardedToolbarButton>
          <ToolbarDivider />
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabledFocusable={refreshing} onClick={() => startRefresh(() => router.refresh())}>
            {refreshing ? 'Refreshing\u2026' : 'Refresh'}
          </ToolbarButton>
        </CommandBar>
        {editDeniedReason && read.ok ? (
          <InfoLabelOnDemand info={editDeniedReason} size="medium">
            Why can&apos;t I edit role settings?
          </InfoLabelOnDemand>
        ) : null}
      </div>
      <ActionResultBar result={result} />

      {read.ok ? (
        <>
          <Text className={styles.intro}>
            How Privileged Identity Management activates and assigns {role.displayName}. These settings apply to every eligible and active assignment of the role.
          </Text>
          <SettingsSection title="Activation" rows={activationRows(read.settings)} />
          <SettingsSection title="Assignment" rows={assignmentRows(read.settings)} />
          <Text className={styles.policy}>Policy ID: {read.policyId}</Text>
          {editDeniedReason === null ? (
            <RoleSettingsEditor open={editing} role={role} policyId={read.policyId} rules={read.rules} settings={read.settings} onClose={() => setEditing(false)} action={action} pending={pending} />
          ) : null}
        </>
      ) : (
        <MessageBar intent={read.denied ? 'warning' : 'error'} layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{read.denied ? 'You can\u2019t see these role settings' : 'The role settings couldn\u2019t be read'}</MessageBarTitle>
            {read.message}
            {read.denied
              ? ' Microsoft Graph shows a role\u2019s settings to Global Administrators, Privileged Role Administrators, Global Readers and the Security Administrator, Reader and Operator roles.'
              : ''}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
