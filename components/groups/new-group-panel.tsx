'use client';

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DrawerBody,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { SidePanel, SidePanelFooter } from '@/components/common/side-panel';
import {
  groupKindLabels,
  groupKinds,
  mailNicknameFrom,
  ROLE_ASSIGNABLE_CONFIRMATION,
  ROLE_ASSIGNABLE_TOGGLE_LABEL,
  type GroupKind,
} from '@/lib/roles/group-rules';
import { createNewGroup, type CreateGroupResult } from './actions';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalS },
});

/** New group, as Entra's pane: type, name, description, mail nickname, membership type and the role toggle. */
export function NewGroupPanel({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <SidePanel title="New group" open={open} onOpenChange={onOpenChange}>
      <NewGroupForm onClose={() => onOpenChange(false)} />
    </SidePanel>
  );
}

function NewGroupForm({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const formId = useId();
  const [kind, setKind] = useState<GroupKind>('security');
  const [displayName, setDisplayName] = useState('');
  const [description, setDescription] = useState('');
  const [nickname, setNickname] = useState<string | null>(null);
  const [roleAssignable, setRoleAssignable] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [clientError, setClientError] = useState<string | undefined>();
  const [result, setResult] = useState<CreateGroupResult | null>(null);
  const [pending, startTransition] = useTransition();
  const mailNickname = nickname ?? mailNicknameFrom(displayName);
  // A role-assignable group is always a security group with assigned membership.
  const effectiveKind: GroupKind = roleAssignable ? 'security' : kind;

  const create = () => {
    const form = new FormData();
    form.set('kind', effectiveKind);
    form.set('displayName', displayName);
    form.set('description', description);
    form.set('mailNickname', mailNickname);
    if (roleAssignable) form.set('isAssignableToRole', 'on');
    startTransition(async () => {
      const outcome = await createNewGroup(null, form);
      startTransition(() => {
        setResult(outcome);
        if (outcome.ok && outcome.groupId) {
          onClose();
          router.push(`/groups/${outcome.groupId}?created=1`);
        }
      });
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!displayName.trim()) {
      setClientError('Enter a group name.');
      return;
    }
    if (roleAssignable) setConfirming(true);
    else create();
  };

  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <>
      <DrawerBody>
        <form id={formId} className={styles.form} onSubmit={submit} noValidate aria-label="New group">
          <ActionResultBar result={result && !result.ok ? result : null} />
          <Field label="Group type" hint={roleAssignable ? 'A group that can be assigned roles is always a security group.' : undefined}>
            <Dropdown
              value={groupKindLabels[effectiveKind]}
              selectedOptions={[effectiveKind]}
              onOptionSelect={(_, data) => setKind((data.optionValue as GroupKind | undefined) ?? 'security')}
              disabled={roleAssignable || pending}
            >
              {groupKinds.map((value) => <Option key={value} value={value}>{groupKindLabels[value]}</Option>)}
            </Dropdown>
          </Field>
          <Field label="Group name" required validationMessage={clientError ?? fieldError('displayName')}>
            <Input
              value={displayName}
              maxLength={256}
              onChange={(_, data) => {
                setDisplayName(data.value);
                setClientError(undefined);
              }}
              disabled={pending}
            />
          </Field>
          <Field label="Group description" validationMessage={fieldError('description')}>
            <Textarea value={description} maxLength={1024} onChange={(_, data) => setDescription(data.value)} disabled={pending} resize="vertical" />
          </Field>
          <Field label="Mail nickname" hint="Made from the group name; you can change it." validationMessage={fieldError('mailNickname')}>
            <Input value={mailNickname} maxLength={64} onChange={(_, data) => setNickname(data.value)} disabled={pending} />
          </Field>
          {admin.canManageRoleAssignments ? (
            <Field
              label={ROLE_ASSIGNABLE_TOGGLE_LABEL}
              hint="Only Privileged Role Administrators and Global Administrators see this setting. It can't be changed after the group is created."
            >
              <Switch
                checked={roleAssignable}
                onChange={(_, data) => setRoleAssignable(data.checked)}
                label={roleAssignable ? 'Yes' : 'No'}
                disabled={pending}
              />
            </Field>
          ) : null}
          <Field label="Membership type" hint={roleAssignable ? 'A group that can be assigned roles has assigned membership.' : 'Members are added and removed by an admin.'}>
            <Dropdown value="Assigned" selectedOptions={['assigned']} disabled>
              <Option value="assigned">Assigned</Option>
            </Dropdown>
          </Field>
        </form>
      </DrawerBody>
      <SidePanelFooter formId={formId} submitLabel="Create" pendingLabel={'Creating\u2026'} pending={pending} onCancel={onClose} />
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Create a role-assignable group?</DialogTitle>
            <DialogContent>{ROLE_ASSIGNABLE_CONFIRMATION}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  create();
                }}
              >
                Yes
              </Button>
              <Button onClick={() => setConfirming(false)}>No</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
