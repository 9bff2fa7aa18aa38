'use client';

import { DrawerBody, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { SidePanel, SidePanelFooter } from '@/components/common/side-panel';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import type { ActionResult } from '@/lib/actions/action-result';
import { scheduleRequestPlan } from '@/lib/graph/schedule-request-plans';
import { activationRequest } from '@/lib/roles/pim-activation-request';
import { membershipLabels } from '@/lib/roles/pim-labels';
import { activateRole } from './activation-actions';
import { activationForm, missingInput, type ActivationSettings } from './activation-rules';
import type { EligibleRow } from './my-pim-rows';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalS },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0 },
  rules: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  ticket: { display: 'flex', gap: tokens.spacingHorizontalM, '& > *': { flexGrow: 1 } },
});

const hoursText = (hours: number) => `${hours} hour${hours === 1 ? '' : 's'}`;

/**
 * Activate, as Entra's pane: the role and scope, how long (up to the role's maximum), why, the ticket when the role's
 * settings ask for one, the role's rules in words, and the exact Graph request. Graph's answer is told where it
 * belongs: an accepted activation on the page (`onDone`, the panel closes); a refusal here, so it can be fixed.
 */
export function ActivatePanel({ row, settings, userId, onClose, onDone }: {
  row: EligibleRow | null;
  settings: ActivationSettings | undefined;
  userId: string;
  onClose: () => void;
  onDone: (result: ActionResult) => void;
}) {
  return (
    <SidePanel title="Activate" subtitle={row ? `${row.roleName} \u00b7 ${row.scopeName}` : undefined} open={row !== null} onOpenChange={(open) => { if (!open) onClose(); }}>
      {row ? <ActivateForm key={row.id} row={row} settings={settings} userId={userId} onClose={onClose} onDone={onDone} /> : null}
    </SidePanel>
  );
}

function ActivateForm({ row, settings, userId, onClose, onDone }: {
  row: EligibleRow;
  settings: ActivationSettings | undefined;
  userId: string;
  onClose: () => void;
  onDone: (result: ActionResult) => void;
}) {
  const styles = useStyles();
  const formId = useId();
  const form = activationForm(settings);
  const [hours, setHours] = useState(form.defaultHours);
  const [justification, setJustification] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const [ticketSystem, setTicketSystem] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [refused, setRefused] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const request = {
    roleDefinitionId: row.roleDefinitionId,
    directoryScopeId: row.directoryScopeId,
    hours,
    justification: justification.trim() || undefined,
    ticketNumber: ticketNumber.trim() || undefined,
    ticketSystem: ticketSystem.trim() || undefined,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = missingInput(form, { justification, ticketNumber, ticketSystem });
    setMissing(problem);
    if (problem) return;
    const data = new FormData();
    data.set('roleDefinitionId', row.roleDefinitionId);
    data.set('directoryScopeId', row.directoryScopeId);
    data.set('roleName', row.roleName);
    data.set('hours', String(hours));
    if (request.justification) data.set('justification', request.justification);
    if (request.ticketNumber) data.set('ticketNumber', request.ticketNumber);
    if (request.ticketSystem) data.set('ticketSystem', request.ticketSystem);
    startTransition(async () => {
      const outcome = await activateRole(null, data);
      startTransition(() => {
        if (outcome.ok) onDone(outcome);
        else setRefused(outcome);
      });
    });
  };

  const fieldError = (name: string) => (refused && !refused.ok ? refused.fieldErrors?.[name]?.[0] : undefined);
  return (
    <>
      <DrawerBody>
        <form id={formId} className={styles.form} onSubmit={submit} noValidate aria-label={`Activate ${row.roleName}`}>
          <ActionResultBar result={refused} title="Not activated" />
          <dl className={styles.facts}>
            <dt className={styles.term}>Role</dt>
            <dd className={styles.detail}>{row.roleName}</dd>
            <dt className={styles.term}>Scope</dt>
            <dd className={styles.detail}>{row.scopeName}</dd>
            <dt className={styles.term}>Membership</dt>
            <dd className={styles.detail}>{row.viaGroup ? `${membershipLabels.Group}: ${row.viaGroup}` : membershipLabels.Direct}</dd>
          </dl>
          <Field label="Duration (hours)" hint={`Up to ${hoursText(form.maximumHours)}, starting now.`} validationMessage={fieldError('hours')}>
            <Dropdown
              value={hoursText(hours)}
              selectedOptions={[String(hours)]}
              onOptionSelect={(_, data) => setHours(Number(data.optionValue ?? form.defaultHours))}
              disabled={pending}
            >
              {form.hourChoices.map((choice) => <Option key={choice} value={String(choice)}>{hoursText(choice)}</Option>)}
            </Dropdown>
          </Field>
          <Field
            label="Justification"
            required={form.justificationRequired}
            hint={form.justificationRequired ? undefined : 'Why you need the role now. Recorded with the request and in the audit log.'}
            validationMessage={(missing?.startsWith('Enter a justification') ? missing : undefined) ?? fieldError('justification')}
          >
            <Textarea value={justification} maxLength={500} resize="vertical" onChange={(_, data) => setJustification(data.value)} disabled={pending} />
          </Field>
          {form.ticketRequired ? (
            <div className={styles.ticket}>
              <Field label="Ticket number" required validationMessage={missing?.startsWith('Enter the ticket') && !ticketNumber.trim() ? 'Enter the ticket number.' : undefined}>
                <Input value={ticketNumber} maxLength={100} onChange={(_, data) => setTicketNumber(data.value)} disabled={pending} />
              </Field>
              <Field label="Ticket system" required validationMessage={missing?.startsWith('Enter the ticket') && !ticketSystem.trim() ? 'Enter the ticket system.' : undefined}>
                <Input value={ticketSystem} maxLength={100} onChange={(_, data) => setTicketSystem(data.value)} disabled={pending} />
              </Field>
            </div>
          ) : null}
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{form.known ? 'This role\u2019s activation settings' : 'Activation settings'}</MessageBarTitle>
              <ul className={styles.rules}>
                {form.rules.map((rule) => <li key={rule}><Text>{rule}</Text></li>)}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </form>
      </DrawerBody>
      <SidePanelFooter formId={formId} submitLabel="Activate" pendingLabel={'Activating\u2026'} pending={pending} onCancel={onClose}>
        <GraphRequestPreview requests={() => [scheduleRequestPlan('assignment', activationRequest(userId, request))]} actionLabel="Activate" emptyMessage="Nothing to send yet." />
      </SidePanelFooter>
    </>
  );
}
