'use client';

import {
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { settingRuleLines } from '@/lib/roles/assignment-setting';
import { formatDuration } from '@/lib/roles/iso-duration';
import type { AssignmentSettingState } from './use-assignment-setting';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Aligned to the top: a stretched Field (its neighbour has a hint) would share the extra height out to its input.
  dates: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', alignItems: 'start', gap: tokens.spacingHorizontalM },
  rules: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  reading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

/**
 * Entra's Setting step: Eligible or Active, Permanently or from/until, and a justification, with the role's rules
 * above them. The rules only help: Graph checks the request against the role's settings and the result says what it
 * answered, so nothing here refuses an end past the maximum or a missing justification.
 */
export function AssignmentSettingStep({ state, disabled, errors }: {
  state: AssignmentSettingState;
  disabled: boolean;
  /** The server's field errors, by form field. */
  errors?: Record<string, string[] | undefined>;
}) {
  const styles = useStyles();
  const { type, limits, permanent, plain, settings } = state;
  const eligible = type === 'eligible';
  const problem = state.problem;
  const startError = (problem?.field === 'startDateTime' ? problem.message : undefined) ?? errors?.startDateTime?.[0];
  const endError = (problem?.field === 'endDateTime' ? problem.message : undefined) ?? errors?.endDateTime?.[0];
  const maximum = limits.maximumDuration ? formatDuration(limits.maximumDuration) : null;

  return (
    <div className={styles.root}>
      {settings.state === 'loading' ? (
        <div className={styles.reading} role="status">
          <Spinner size="extra-tiny" aria-hidden />
          <Caption1>Reading the role&apos;s settings…</Caption1>
        </div>
      ) : (
        <MessageBar intent="info" layout="multiline" aria-label="Role settings">
          <MessageBarBody>
            <MessageBarTitle>{settings.state === 'ok' ? "This role's settings" : "Graph's defaults apply"}</MessageBarTitle>
            {settings.state === 'ok' ? (
              <ul className={styles.rules}>
                {settingRuleLines(limits, type).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <>
                {settings.message} Microsoft Graph checks the request against the role&apos;s settings when you select Add.
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <Field
        label="Assignment type"
        hint={
          state.servicePrincipal
            ? 'Active only: a service principal can’t activate a role, so PIM gives it active assignments only.'
            : eligible
              ? 'Eligible: the member activates the role when needed, for a limited time.'
              : 'Active: the member holds the role without activating it.'
        }
        validationMessage={errors?.assignmentType?.[0]}
      >
        <RadioGroup layout="horizontal" value={type} disabled={disabled} onChange={(_, data) => state.setType(data.value === 'eligible' ? 'eligible' : 'active')}>
          <Radio value="eligible" label="Eligible" disabled={state.servicePrincipal} />
          <Radio value="active" label="Active" />
        </RadioGroup>
      </Field>

      <Field
        hint={
          limits.permanentAllowed
            ? undefined
            : `Not allowed by this role's settings: ${eligible ? 'eligible' : 'active'} assignments end at most ${maximum} after they start.`
        }
      >
        <Checkbox
          label={eligible ? 'Permanently eligible' : 'Permanently assigned'}
          checked={permanent}
          disabled={disabled || !limits.permanentAllowed}
          onChange={(_, data) => state.setPermanent(Boolean(data.checked))}
        />
      </Field>

      {permanent ? null : (
        <div className={styles.dates}>
          <Field label="Assignment starts" hint="Empty: now." validationMessage={startError}>
            <Input type="datetime-local" value={state.start} disabled={disabled} onChange={(_, data) => state.setStart(data.value)} />
          </Field>
          <Field
            label="Assignment ends"
            required
            validationState={endError ? 'error' : state.tooLong ? 'warning' : 'none'}
            validationMessage={endError ?? (state.tooLong ? `Longer than this role's maximum of ${maximum}: Microsoft Graph will refuse it.` : undefined)}
          >
            <Input type="datetime-local" value={state.end} disabled={disabled} onChange={(_, data) => state.setEnd(data.value)} />
          </Field>
        </div>
      )}

      <Field
        label="Justification"
        required={!plain && limits.justificationRequired}
        hint={
          plain
            ? 'A permanent active assignment is a plain role assignment (POST /roleAssignments), which carries no justification.'
            : limits.justificationRequired
              ? "Required by this role's settings."
              : undefined
        }
        validationMessage={errors?.justification?.[0]}
      >
        <Textarea value={state.justification} disabled={disabled || plain} resize="vertical" maxLength={500} onChange={(_, data) => state.setJustification(data.value)} />
      </Field>
    </div>
  );
}
