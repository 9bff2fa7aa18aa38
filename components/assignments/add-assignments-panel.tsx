'use client';

import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useId, useMemo, useState, useTransition, type FormEvent } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { useKeepOutcome } from '@/components/common/kept-outcome';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import { idleResult, type ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import { roleAssignmentCreateRequests } from '@/lib/graph/request-plans';
import type { ScopeKind, ScopeOption } from '@/lib/roles/scope-kinds';
import { addRoleAssignments } from './add-actions';
import { PrincipalPicker, type HoldingQuery } from './principal-picker';
import { ReadAccessPrecheck } from './read-access-precheck';
import { ScopePicker } from './scope-picker';

export type AddAssignmentsRole = { id: string; displayName: string; supportedScopeKinds: ScopeKind[] };

/** A scope the admin may pick: "/" (Directory), "/administrativeUnits/{id}" or "/{applicationObjectId}". */
export type { ScopeOption };

export type AddAssignmentsPanelProps = {
  role: AddAssignmentsRole;
  /** The scopes offered in the scope picker (only those the role supports). */
  scopeOptions: ScopeOption[];
  /** Set on a scoped blade (an administrative unit's or an app's): the scope is fixed and not offered. */
  fixedScope?: ScopeOption;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /**
   * Optional. Called after a fully successful Add with its result, just before the panel closes, so the blade
   * can show it in its own ActionResultBar. Without it the panel stays open and shows the result itself.
   * Failures (and partial successes) are always shown inside the panel.
   */
  onCompleted?: (result: ActionResult) => void;
  /**
   * The role's assignments when the blade has them all (a role held up to 100 times): the picker marks who holds
   * the role at the chosen scope from these. Without them, the picker asks the server about each search's results.
   */
  holders?: readonly { principalId: string; directoryScopeId: string }[];
};

const maxPrincipals = 20;

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
 * Add assignments, as Entra's pane: Select member(s) and a scope, then Add. The action checks everything
 * before it writes anything and reports per member.
 */
export function AddAssignmentsPanel({ role, scopeOptions, fixedScope, open, onOpenChange, onCompleted, holders }: AddAssignmentsPanelProps) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <OverlayDrawer
      position="end"
      size="medium"
      open={open}
      onOpenChange={(_, data) => onOpenChange(data.open)}
      aria-labelledby={titleId}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ id: titleId }}
          action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={() => onOpenChange(false)} />}
        >
          Add assignments
        </DrawerHeaderTitle>
        <Text className={styles.subtitle}>{role.displayName}</Text>
      </DrawerHeader>
      {/* The form lives only while the panel is open, so every opening starts empty. */}
      {open ? (
        <AddAssignmentsForm role={role} scopeOptions={scopeOptions} fixedScope={fixedScope} onOpenChange={onOpenChange} onCompleted={onCompleted} holders={holders} />
      ) : null}
    </OverlayDrawer>
  );
}

function AddAssignmentsForm({
  role,
  scopeOptions,
  fixedScope,
  onOpenChange,
  onCompleted,
  holders,
}: Omit<AddAssignmentsPanelProps, 'open'>) {
  const styles = useStyles();
  const formId = useId();
  const membersHeadingId = useId();
  const scopeHeadingId = useId();
  const [selected, setSelected] = useState<Principal[]>([]);
  const [directoryScopeId, setDirectoryScopeId] = useState(fixedScope?.directoryScopeId ?? '/');
  const [clientErrors, setClientErrors] = useState<{ principals?: string; scope?: string }>({});
  const [result, setResult] = useState<ActionResult>(idleResult);
  const [pending, startTransition] = useTransition();
  const keep = useKeepOutcome();
  const held = useHeldAtScope(role, directoryScopeId, fixedScope ?? scopeOptions.find((o) => o.directoryScopeId === directoryScopeId), holders);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = {
      principals: selected.length === 0 ? 'Select at least one member.' : undefined,
      scope: directoryScopeId ? undefined : 'Select a scope.',
    };
    setClientErrors(errors);
    if (errors.principals || errors.scope) return;
    const form = new FormData();
    form.set('roleId', role.id);
    form.set('directoryScopeId', directoryScopeId);
    for (const principal of selected) form.append('principalId', principal.id);
    startTransition(async () => {
      const outcome = await addRoleAssignments(idleResult, form);
      // Kept above the blade first: if the blade's re-read fails, this panel is gone before it can say anything.
      if (onCompleted) keep(outcome);
      startTransition(() => {
        setResult(outcome);
        if (!outcome.ok) return;
        setSelected([]);
        if (onCompleted) {
          onCompleted(outcome);
          onOpenChange(false);
        }
      });
    });
  };

  const serverErrors = result.ok ? undefined : result.fieldErrors;
  return (
    <>
      <DrawerBody>
        <form id={formId} className={styles.form} onSubmit={submit} noValidate aria-label={`Add assignments to ${role.displayName}`}>
          <ActionResultBar result={result} />
          <section className={styles.section} aria-labelledby={membersHeadingId}>
            <Subtitle2 as="h3" id={membersHeadingId} className={styles.heading}>
              Select member(s)
            </Subtitle2>
            <PrincipalPicker
              selected={selected}
              onChange={(next) => {
                setSelected(next);
                setClientErrors((e) => ({ ...e, principals: undefined }));
              }}
              max={maxPrincipals}
              error={clientErrors.principals ?? serverErrors?.principalIds?.[0]}
              disabled={pending}
              existing={held.existing}
              holding={held.holding}
            />
          </section>
          <section className={styles.section} aria-labelledby={scopeHeadingId}>
            <Subtitle2 as="h3" id={scopeHeadingId} className={styles.heading}>
              Scope
            </Subtitle2>
            <ScopePicker
              supportedKinds={role.supportedScopeKinds}
              options={scopeOptions}
              fixedScope={fixedScope}
              value={directoryScopeId}
              onChange={(next) => {
                setDirectoryScopeId(next);
                setClientErrors((e) => ({ ...e, scope: undefined }));
              }}
              error={clientErrors.scope ?? serverErrors?.directoryScopeId?.[0]}
              disabled={pending}
            />
          </section>
        </form>
        {/* Outside the form: its one-click fix is a form of its own. */}
        <ReadAccessPrecheck principals={selected} directoryScopeId={directoryScopeId} roleName={role.displayName} />
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" type="submit" form={formId} disabled={pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
          {pending ? 'Adding…' : 'Add'}
        </Button>
        <Button onClick={() => onOpenChange(false)} disabled={pending}>
          Cancel
        </Button>
        <GraphRequestPreview
          actionLabel="Add"
          emptyMessage="Select at least one member to see the requests Add will send."
          disabled={pending}
          requests={() => roleAssignmentCreateRequests(selected.map((principal) => ({ roleDefinitionId: role.id, principalId: principal.id, directoryScopeId })))}
        />
      </DrawerFooter>
    </>
  );
}

/** Who already holds the role at the chosen scope: known from the blade's rows, or asked of the server per search. */
function useHeldAtScope(
  role: AddAssignmentsRole,
  directoryScopeId: string,
  scope: ScopeOption | undefined,
  holders: AddAssignmentsPanelProps['holders'],
): { existing?: { ids: ReadonlySet<string>; reason: string }; holding?: HoldingQuery } {
  return useMemo(() => {
    if (!directoryScopeId) return {};
    const reason = `Already holds ${role.displayName} at ${scope?.name ?? 'this scope'}`;
    if (!holders) return { holding: { roleId: role.id, directoryScopeId, reason } };
    const here = directoryScopeId.toLowerCase();
    const ids = new Set(holders.filter((h) => h.directoryScopeId.toLowerCase() === here).map((h) => h.principalId.toLowerCase()));
    return { existing: { ids, reason } };
  }, [role.id, role.displayName, directoryScopeId, scope?.name, holders]);
}
