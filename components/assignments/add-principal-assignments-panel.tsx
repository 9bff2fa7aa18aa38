'use client';

import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { useKeepOutcome } from '@/components/common/kept-outcome';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { idleResult, type ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import { roleAssignmentCreateRequests } from '@/lib/graph/request-plans';
import type { PrincipalAddOptions } from '@/lib/views/principal-assignments';
import { addRoleAssignments } from './add-actions';
import { ReadAccessPrecheck } from './read-access-precheck';
import { RolePicker } from './role-picker';
import { ScopePicker } from './scope-picker';

export type AddPrincipalAssignmentsPanelProps = {
  /** Who gets the role: the user or the group whose Assigned roles this is. */
  principal: Principal;
  options: PrincipalAddOptions;
  /** The principal's direct assignments: a role it holds at a scope already is refused before Add. */
  held: readonly { roleDefinitionId: string; directoryScopeId: string }[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with a fully successful Add's result just before the panel closes; anything else stays in the panel. */
  onCompleted: (result: ActionResult) => void;
};

const useStyles = makeStyles({
  subtitle: { color: tokens.colorNeutralForeground2 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    paddingBlockStart: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  footer: { gap: tokens.spacingHorizontalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * Add assignments from a user's or a group's Assigned roles, as Entra's pane there: the member is fixed; the admin
 * picks a role, then one of the scopes that role supports. The same action as the role blade's panel checks and writes.
 */
export function AddPrincipalAssignmentsPanel({ open, onOpenChange, ...props }: AddPrincipalAssignmentsPanelProps) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <OverlayDrawer position="end" size="medium" open={open} onOpenChange={(_, data) => onOpenChange(data.open)} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ id: titleId }}
          action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={() => onOpenChange(false)} />}
        >
          Add assignments
        </DrawerHeaderTitle>
        <Text className={styles.subtitle}>{props.principal.displayName}</Text>
      </DrawerHeader>
      {/* The form lives only while the panel is open, so every opening starts empty. */}
      {open ? <AddPrincipalAssignmentsForm {...props} onOpenChange={onOpenChange} /> : null}
    </OverlayDrawer>
  );
}

function AddPrincipalAssignmentsForm({ principal, options, held, onOpenChange, onCompleted }: Omit<AddPrincipalAssignmentsPanelProps, 'open'>) {
  const styles = useStyles();
  const formId = useId();
  const roleHeadingId = useId();
  const scopeHeadingId = useId();
  const [roleId, setRoleId] = useState('');
  const [directoryScopeId, setDirectoryScopeId] = useState('/');
  const [clientErrors, setClientErrors] = useState<{ role?: string; scope?: string }>({});
  const [result, setResult] = useState<ActionResult>(idleResult);
  const [pending, startTransition] = useTransition();
  const keep = useKeepOutcome();

  const role = options.roles.find((r) => r.id === roleId);
  const scope = options.scopeOptions.find((o) => o.directoryScopeId === directoryScopeId);
  const alreadyHeld =
    role && directoryScopeId && held.some((h) => h.roleDefinitionId.toLowerCase() === role.id.toLowerCase() && h.directoryScopeId.toLowerCase() === directoryScopeId.toLowerCase())
      ? `${principal.displayName} already holds ${role.displayName} at ${scope?.name ?? 'this scope'}.`
      : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = { role: role ? undefined : 'Select a role.', scope: directoryScopeId ? undefined : 'Select a scope.' };
    setClientErrors(errors);
    if (errors.role || errors.scope || alreadyHeld || !role) return;
    const form = new FormData();
    form.set('roleId', role.id);
    form.set('directoryScopeId', directoryScopeId);
    form.append('principalId', principal.id);
    startTransition(async () => {
      const outcome = await addRoleAssignments(idleResult, form);
      // Kept above the blade first: if the blade's re-read fails, this panel is gone before it can say anything.
      keep(outcome);
      startTransition(() => {
        setResult(outcome);
        if (!outcome.ok) return;
        onCompleted(outcome);
        onOpenChange(false);
      });
    });
  };

  const serverErrors = result.ok ? undefined : result.fieldErrors;
  return (
    <>
      <DrawerBody>
        <form id={formId} className={styles.form} onSubmit={submit} noValidate aria-label={`Add assignments to ${principal.displayName}`}>
          <ActionResultBar result={result} />
          <section className={styles.section} aria-labelledby={roleHeadingId}>
            <Subtitle2 as="h3" id={roleHeadingId} className={styles.heading}>
              Select role
            </Subtitle2>
            <RolePicker
              roles={options.roles}
              value={roleId}
              onChange={(next) => {
                setRoleId(next);
                // Each role supports its own scopes: a new role starts again at Directory, which every role supports.
                setDirectoryScopeId('/');
                setClientErrors({});
              }}
              error={clientErrors.role ?? serverErrors?.roleId?.[0]}
              disabled={pending}
            />
          </section>
          {role ? (
            <section className={styles.section} aria-labelledby={scopeHeadingId}>
              <Subtitle2 as="h3" id={scopeHeadingId} className={styles.heading}>
                Scope
              </Subtitle2>
              <ScopePicker
                key={role.id}
                supportedKinds={role.supportedScopeKinds}
                options={options.scopeOptions.filter((o) => o.kind === 'directory' || role.supportedScopeKinds.includes(o.kind))}
                value={directoryScopeId}
                onChange={(next) => {
                  setDirectoryScopeId(next);
                  setClientErrors((e) => ({ ...e, scope: undefined }));
                }}
                error={clientErrors.scope ?? serverErrors?.directoryScopeId?.[0]}
                disabled={pending}
              />
              {alreadyHeld ? (
                <MessageBar intent="warning">
                  <MessageBarBody>{alreadyHeld} Choose another role or scope.</MessageBarBody>
                </MessageBar>
              ) : null}
            </section>
          ) : null}
        </form>
        {/* Outside the form: its one-click fix is a form of its own. */}
        {role ? <ReadAccessPrecheck principals={[principal]} directoryScopeId={directoryScopeId} roleName={role.displayName} /> : null}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" type="submit" form={formId} disabled={pending || Boolean(alreadyHeld)} icon={pending ? <Spinner size="tiny" /> : undefined}>
          {pending ? 'Adding…' : 'Add'}
        </Button>
        <Button onClick={() => onOpenChange(false)} disabled={pending}>
          Cancel
        </Button>
        <GraphRequestPreview
          actionLabel="Add"
          emptyMessage="Select a role and a scope to see the request Add will send."
          disabled={pending}
          requests={() => (role && directoryScopeId ? roleAssignmentCreateRequests([{ roleDefinitionId: role.id, principalId: principal.id, directoryScopeId }]) : [])}
        />
      </DrawerFooter>
    </>
  );
}
