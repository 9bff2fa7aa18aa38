'use client';

import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { scheduleRequestPlan } from '@/lib/graph/schedule-request-plans';
import { pimChangeRequest, proposedSchedule } from '@/lib/roles/pim-changes';
import { pimActionLabels, pimDateText, type PimAction } from '@/lib/roles/pim-labels';
import type { PimRow } from '@/lib/roles/pim-rows';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dates: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** An ISO date as a datetime-local value (the browser's own time zone), and back. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value && !Number.isNaN(new Date(value).getTime()) ? new Date(value).toISOString() : undefined);

export type PimChangeTarget = { row: PimRow; action: PimAction };

/**
 * The confirmation for a PIM row action: Remove asks only; Update, Extend and Renew show the schedule to send (start,
 * end or Permanent) and a justification. "View Graph request" shows the exact request the Yes button sends.
 */
export function PimChangeDialog({ target, roleName, onClose, action, pending }: {
  target: PimChangeTarget;
  roleName: string;
  onClose: () => void;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const styles = useStyles();
  const { row, action: change } = target;
  const [proposed] = useState(() => proposedSchedule(change, row, new Date()));
  const [start, setStart] = useState(toLocalInput(proposed.startDateTime));
  const [end, setEnd] = useState(toLocalInput(proposed.endDateTime));
  const [permanent, setPermanent] = useState(change === 'update' && proposed.endDateTime === null);
  const [justification, setJustification] = useState('');
  const scheduled = change !== 'remove';
  const startIso = scheduled ? fromLocalInput(start) : undefined;
  const endIso = scheduled && !permanent ? (fromLocalInput(end) ?? null) : null;
  const endMissing = scheduled && !permanent && endIso === null;
  const label = pimActionLabels[change];
  const what = row.kind === 'eligibility' ? 'eligible assignment' : 'active assignment';
  const changeOf = {
    change,
    kind: row.kind,
    principalId: row.principalId,
    roleDefinitionId: row.roleDefinitionId,
    directoryScopeId: row.directoryScopeId,
    startDateTime: startIso,
    endDateTime: endIso,
    justification,
  };
  const fields: Array<[string, string]> = [
    ['change', change],
    ['kind', row.kind],
    ['principalId', row.principalId],
    ['roleDefinitionId', row.roleDefinitionId],
    ['directoryScopeId', row.directoryScopeId],
    ['principalName', row.displayName],
    ...(startIso ? [['startDateTime', startIso] as [string, string]] : []),
    ...(endIso ? [['endDateTime', endIso] as [string, string]] : []),
    ...(justification.trim() ? [['justification', justification] as [string, string]] : []),
  ];
  return (
    <Dialog open onOpenChange={(_, data) => { if (!data.open && !pending) onClose(); }} modalType="alert">
      <DialogSurface>
        <form action={action}>
          {fields.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
          <DialogBody>
            <DialogTitle>{`${label} ${what}`}</DialogTitle>
            <DialogContent className={styles.content}>
              <Text>
                {change === 'remove'
                  ? `Remove ${row.displayName}\u2019s ${what} of ${roleName} at ${row.scopeKind === 'directory' ? 'Directory' : row.scopeName}?`
                  : `${label} ${row.displayName}\u2019s ${what} of ${roleName}${row.endDateTime ? ` (now ending ${pimDateText(row.endDateTime)})` : ''}.`}
              </Text>
              {scheduled ? (
                <>
                  <div className={styles.dates}>
                    <Field label="Start time">
                      <Input type="datetime-local" value={start} onChange={(_, data) => setStart(data.value)} />
                    </Field>
                    <Field label="End time" validationMessage={endMissing ? 'Choose an end, or Permanent.' : undefined}>
                      <Input type="datetime-local" value={end} disabled={permanent} onChange={(_, data) => setEnd(data.value)} />
                    </Field>
                  </div>
                  <Checkbox checked={permanent} onChange={(_, data) => setPermanent(Boolean(data.checked))} label={row.kind === 'eligibility' ? 'Permanently eligible' : 'Permanently assigned'} />
                </>
              ) : null}
              <Field label="Justification">
                <Textarea value={justification} onChange={(_, data) => setJustification(data.value)} maxLength={500} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={pending || endMissing} icon={pending ? <Spinner size="tiny" /> : undefined}>
                {pending ? 'Sending\u2026' : 'Yes'}
              </Button>
              <Button onClick={onClose} disabled={pending}>No</Button>
            </DialogActions>
            <DialogActions position="start">
              <GraphRequestPreview
                requests={() => [scheduleRequestPlan(row.kind, pimChangeRequest(changeOf))]}
                actionLabel="Yes"
                emptyMessage="Nothing to send yet."
              />
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
