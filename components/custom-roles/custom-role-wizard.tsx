'use client';

import { Button, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Switch, Tab, TabList, Text, Textarea, tokens } from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { useKeepOutcomeFor } from '@/components/common/kept-outcome';
import { useSignedInAdminWhenKnown } from '@/components/auth/signed-in-admin-context';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { roleDefinitionCreatePlan, roleDefinitionUpdatePlan } from '@/lib/graph/role-definition-plans';
import { CUSTOM_ROLE_DESCRIPTION_MAX, CUSTOM_ROLE_NAME_MAX, CUSTOM_ROLES_DENIED, customRoleBody, customRoleChanges, customRoleInputProblems, type CustomRoleInput } from '@/lib/roles/custom-role-body';
import type { CustomRoleCatalog } from '@/lib/roles/custom-role-catalog';
import { createCustomRole, updateCustomRole, type CustomRoleResult } from './actions';
import { PermissionPicker } from './permission-picker';
import { ReviewStep } from './review-step';
import { usePermissionFacts } from './use-permission-facts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  wide: { maxWidth: 'none' },
  leftOut: { marginTop: tokens.spacingVerticalXS, cursor: 'pointer' },
  leftOutList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', paddingTop: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

const steps = ['basics', 'permissions', 'review'] as const;
type Step = (typeof steps)[number];
const stepLabels: Record<Step, string> = { basics: 'Basics', permissions: 'Permissions', review: 'Review + create' };

export type WizardMode = { kind: 'create'; leftOut?: string[]; clonedFrom?: string } | { kind: 'edit'; roleId: string; roleName: string };

/**
 * New custom role (from scratch or a clone) and Edit, as Entra's wizard: Basics, Permissions, Review + create. What
 * is sent is shown first (the body and "View Graph request"); what the admin is told afterwards is Graph's answer.
 * A refusal keeps the admin on Review with everything entered intact.
 */
type WizardProps = {
  mode: WizardMode;
  initial: CustomRoleInput;
  /** Microsoft's list of what custom roles may hold, read on the server. */
  catalog: CustomRoleCatalog;
  /** Those of the initial permissions outside the list that make a role privileged. */
  privilegedUnlisted: string[];
};

export function CustomRoleWizard({ mode, initial, catalog, privilegedUnlisted }: WizardProps) {
  const styles = useStyles();
  const router = useRouter();
  const admin = useSignedInAdminWhenKnown();
  const keepFor = useKeepOutcomeFor();
  const [step, setStep] = useState<Step>('basics');
  const [input, setInput] = useState<CustomRoleInput>(initial);
  // A field's problem shows once the admin has been in it, or on Review: not as the blank form opens.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const facts = usePermissionFacts(catalog, privilegedUnlisted);
  const edit = mode.kind === 'edit' ? mode : null;
  const [result, submit, pending] = useActionState(async (previous: CustomRoleResult | null, form: FormData) => {
    const outcome = await (edit ? updateCustomRole : createCustomRole)(previous, form);
    const roleId = outcome.roleId;
    if (outcome.ok && roleId) {
      const target = `/roles/${roleId}/description`;
      keepFor(target, outcome);
      router.push(target);
      router.refresh();
    }
    return outcome;
  }, null);

  const problems: Partial<Record<string, string>> = customRoleInputProblems(input);
  const valid = Object.keys(problems).length === 0;
  const serverErrors = result && !result.ok ? result.fieldErrors ?? {} : {};
  const errorOf = (field: string) => serverErrors[field]?.[0] ?? (step === 'review' || touched.has(field) ? problems[field] : undefined);
  const denied = admin && !admin.canManageRoleAssignments ? (admin.rolesUnavailable ? admin.manageDeniedReason : CUSTOM_ROLES_DENIED) : null;
  const changes = edit ? customRoleChanges(initial, input) : null;
  const nothingChanged = changes !== null && Object.keys(changes).length === 0;
  const plan = () => (edit ? roleDefinitionUpdatePlan(edit.roleId, changes ?? {}) : roleDefinitionCreatePlan(customRoleBody(input)));
  const index = steps.indexOf(step);
  const set = (edits: Partial<CustomRoleInput>) => setInput((current) => ({ ...current, ...edits }));
  const submitLabel = edit ? 'Save' : 'Create';

  return (
    <form className={styles.root} action={submit} aria-label={edit ? `Edit ${edit.roleName}` : 'New custom role'}>
      <input type="hidden" name="role" value={JSON.stringify(input)} />
      {edit ? <input type="hidden" name="roleId" value={edit.roleId} /> : null}
      {edit ? <input type="hidden" name="before" value={JSON.stringify(initial)} /> : null}
      {denied ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody><MessageBarTitle>Read only</MessageBarTitle>{denied}</MessageBarBody>
        </MessageBar>
      ) : null}
      <TabList selectedValue={step} onTabSelect={(_, data) => setStep(data.value as Step)} aria-label="Steps">
        {steps.map((value) => <Tab key={value} value={value}>{stepLabels[value]}</Tab>)}
      </TabList>

      {step === 'basics' ? (
        <div className={styles.step}>
          {mode.kind === 'create' && mode.clonedFrom ? <Text>Baseline permissions: cloned from <strong>{mode.clonedFrom}</strong>. Name the new role; change anything else you need.</Text> : null}
          {mode.kind === 'create' && !mode.clonedFrom ? <Text>Baseline permissions: start from scratch. To start from an existing role, open it and select Clone on its Description tab.</Text> : null}
          {mode.kind === 'create' && mode.leftOut?.length ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{mode.leftOut.length === 1 ? '1 permission left out' : `${mode.leftOut.length} permissions left out`}</MessageBarTitle>
                {mode.leftOut.length === 1 ? 'One permission of the role is' : `${mode.leftOut.length} permissions of the role are`} not in Microsoft&apos;s list of what custom roles may hold, so the clone doesn&apos;t have {mode.leftOut.length === 1 ? 'it' : 'them'}.
                <details className={styles.leftOut}>
                  <summary>{mode.leftOut.length === 1 ? 'Show it' : `Show all ${mode.leftOut.length}`}</summary>
                  <ul className={styles.leftOutList}>{mode.leftOut.map((action) => <li key={action}>{action}</li>)}</ul>
                </details>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Field label="Name" required validationMessage={errorOf('displayName')} hint={`At most ${CUSTOM_ROLE_NAME_MAX} characters; unique among the tenant's roles.`}>
            <Input value={input.displayName} onChange={(_, data) => set({ displayName: data.value })} onBlur={() => setTouched((fields) => new Set(fields).add('displayName'))} maxLength={CUSTOM_ROLE_NAME_MAX} />
          </Field>
          <Field label="Description" validationMessage={errorOf('description')}>
            <Textarea value={input.description} onChange={(_, data) => set({ description: data.value })} maxLength={CUSTOM_ROLE_DESCRIPTION_MAX} resize="vertical" />
          </Field>
          <Switch checked={input.isEnabled} onChange={(_, data) => set({ isEnabled: data.checked })} label={input.isEnabled ? 'Enabled: the role can be assigned' : 'Disabled: the role can\u2019t be assigned'} />
        </div>
      ) : null}
      {step === 'permissions' ? (
        <div className={mergeClasses(styles.step, styles.wide)}>
          <PermissionPicker selected={input.actions} onChange={(actions) => set({ actions })} facts={facts} />
        </div>
      ) : null}
      {step === 'review' ? (
        <div className={mergeClasses(styles.step, styles.wide)}>
          <ReviewStep input={input} problems={problems} changes={changes} before={edit ? initial.actions : undefined} facts={facts} />
        </div>
      ) : null}

      <ActionResultBar result={result && !result.ok ? result : null} />
      <div className={styles.footer}>
        {step === 'review' ? (
          // Distinct keys: were React to reuse Next's <button> as this submit button, the click on Next would
          // submit the form once its type changed under the click.
          <Button key="submit" type="submit" appearance="primary" disabled={pending || !valid || denied !== null || nothingChanged} icon={pending ? <Spinner size="tiny" /> : undefined}>
            {pending ? (edit ? 'Saving\u2026' : 'Creating\u2026') : submitLabel}
          </Button>
        ) : (
          <Button key="next" appearance="primary" onClick={() => setStep(steps[index + 1] ?? 'review')}>Next: {stepLabels[steps[index + 1] ?? 'review']}</Button>
        )}
        <Button onClick={() => setStep(steps[index - 1] ?? 'basics')} disabled={index === 0 || pending}>Previous</Button>
        {step === 'review' ? <GraphRequestPreview requests={() => (valid && !nothingChanged ? [plan()] : [])} actionLabel={submitLabel} emptyMessage={nothingChanged ? 'Nothing changed yet.' : 'Fix the problems above first.'} /> : null}
        <Button appearance="subtle" onClick={() => router.push(edit ? `/roles/${edit.roleId}/description` : '/roles')} disabled={pending}>Cancel</Button>
        {nothingChanged && step === 'review' ? <Text>Nothing changed yet.</Text> : null}
      </div>
    </form>
  );
}
