'use client';

import { DrawerBody, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { PrincipalPicker } from '@/components/assignments/principal-picker';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { SidePanel, SidePanelFooter } from '@/components/common/side-panel';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import type { GroupSummary } from '@/lib/views/groups';
import { addGroupMembers } from './actions';

const useStyles = makeStyles({
  subtitle: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalS },
});

// Users and service principals: what a role-assignable group may contain (no groups: nesting is not supported),
// and what an admin adds to an ordinary group here.
const memberKinds = ['user', 'servicePrincipal'] as const;

/** Add members: pick users and service principals, then Select; the outcome is announced on the blade. */
export function AddMembersPanel({ group, existingIds, open, onOpenChange, onCompleted }: {
  group: GroupSummary;
  existingIds: ReadonlySet<string>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCompleted: (result: ActionResult) => void;
}) {
  return (
    <SidePanel title="Add members" subtitle={group.displayName} open={open} onOpenChange={onOpenChange}>
      <AddMembersForm group={group} existingIds={existingIds} onClose={() => onOpenChange(false)} onCompleted={onCompleted} />
    </SidePanel>
  );
}

function AddMembersForm({ group, existingIds, onClose, onCompleted }: {
  group: GroupSummary;
  existingIds: ReadonlySet<string>;
  onClose: () => void;
  onCompleted: (result: ActionResult) => void;
}) {
  const styles = useStyles();
  const formId = useId();
  const [selected, setSelected] = useState<Principal[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected.length === 0) {
      setError('Select at least one member.');
      return;
    }
    const form = new FormData();
    form.set('groupId', group.id);
    for (const principal of selected) {
      form.append('memberId', principal.id);
      form.append('memberName', principal.displayName);
    }
    startTransition(async () => {
      const outcome = await addGroupMembers(null, form);
      startTransition(() => {
        if (outcome.ok) {
          onCompleted(outcome);
          onClose();
        } else setResult(outcome);
      });
    });
  };
  return (
    <>
      <DrawerBody>
        <form id={formId} className={styles.form} onSubmit={submit} noValidate aria-label={`Add members to ${group.displayName}`}>
          <ActionResultBar result={result} />
          {group.isAssignableToRole ? (
            <Text className={styles.subtitle}>
              Members of this group hold every role the group is assigned. A role-assignable group can&apos;t contain groups.
            </Text>
          ) : null}
          <PrincipalPicker
            selected={selected}
            onChange={(next) => {
              setSelected(next);
              setError(undefined);
            }}
            kinds={memberKinds}
            existing={{ ids: existingIds, reason: 'Already a member' }}
            label="Search users and service principals"
            placeholder="Search by name or user principal name"
            max={20}
            error={error}
            disabled={pending}
          />
        </form>
      </DrawerBody>
      <SidePanelFooter formId={formId} submitLabel="Select" pendingLabel={'Adding\u2026'} pending={pending} onCancel={onClose} />
    </>
  );
}
