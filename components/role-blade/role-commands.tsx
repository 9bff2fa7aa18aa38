'use client';

import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Copy20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useActionState, useState, useTransition, type MouseEvent } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { CommandBar } from '@/components/common/command-bar';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { useKeepOutcome, useKeepOutcomeFor, useKeptOutcome } from '@/components/common/kept-outcome';
import { useSignedInAdminWhenKnown } from '@/components/auth/signed-in-admin-context';
import { deleteCustomRole } from '@/components/custom-roles/actions';
import type { ActionResult } from '@/lib/actions/action-result';
import { CUSTOM_ROLES_DENIED } from '@/lib/roles/custom-role-body';
import type { RoleSummary } from '@/lib/views/role-blade';
import { DeleteRoleDialog } from './delete-role-dialog';

const BUILT_IN_EDIT = 'Built-in roles can\u2019t be changed. Clone it into a custom role instead.';
const BUILT_IN_DELETE = 'Built-in roles can\u2019t be deleted.';

/**
 * The Description tab's commands: Edit and Delete for a custom role, Clone for any role (a built-in role's
 * permissions that custom roles may hold), Refresh. A deleted role's blade is gone, so its outcome is shown on All
 * roles; a refused delete stays here with Graph's words.
 */
export function RoleCommands({ role }: { role: RoleSummary }) {
  const router = useRouter();
  const admin = useSignedInAdminWhenKnown();
  const keep = useKeepOutcome();
  const keepFor = useKeepOutcomeFor();
  const kept = useKeptOutcome();
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [deleted, deleteAction, deleting] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const outcome = await deleteCustomRole(previous, form);
    setDeleteOpen(false);
    if (outcome.ok) {
      keepFor('/roles', outcome);
      router.push('/roles');
      router.refresh();
    } else {
      keep(outcome);
      router.refresh();
    }
    return outcome;
  }, null);
  const follow = (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(href);
  };
  if (!admin) return <RoleCommandsPending />;
  const denied = admin.canManageRoleAssignments ? null : (admin.rolesUnavailable ? admin.manageDeniedReason : CUSTOM_ROLES_DENIED);
  const editReason = role.isBuiltIn ? BUILT_IN_EDIT : denied;
  const cloneHref = `/roles/new?from=${role.id}`;
  return (
    <>
      <CommandBar label="Role commands">
        {editReason ? (
          <GuardedToolbarButton icon={<Edit20Regular />} onClick={() => undefined} disabledReason={editReason}>Edit</GuardedToolbarButton>
        ) : (
          <ToolbarButton as="a" href={`/roles/${role.id}/edit`} icon={<Edit20Regular />} onClick={follow(`/roles/${role.id}/edit`)}>Edit</ToolbarButton>
        )}
        {denied ? (
          <GuardedToolbarButton icon={<Copy20Regular />} onClick={() => undefined} disabledReason={denied}>Clone</GuardedToolbarButton>
        ) : (
          <ToolbarButton as="a" href={cloneHref} icon={<Copy20Regular />} onClick={follow(cloneHref)}>Clone</ToolbarButton>
        )}
        <GuardedToolbarButton icon={<Delete20Regular />} onClick={() => setDeleteOpen(true)} disabledReason={role.isBuiltIn ? BUILT_IN_DELETE : denied}>
          Delete
        </GuardedToolbarButton>
        <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={() => startRefresh(() => router.refresh())} disabledFocusable={refreshing}>
          {refreshing ? 'Refreshing\u2026' : 'Refresh'}
        </ToolbarButton>
      </CommandBar>
      <ActionResultBar result={deleted && !deleted.ok ? deleted : kept} />
      {role.isBuiltIn || !deleteOpen ? null : <DeleteRoleDialog role={role} open={deleteOpen} onOpenChange={setDeleteOpen} action={deleteAction} pending={deleting} />}
    </>
  );
}

/** The commands while the admin's roles are read: there, but not yet usable. */
export function RoleCommandsPending() {
  return (
    <CommandBar label="Role commands">
      <ToolbarButton icon={<Edit20Regular />} disabledFocusable>Edit</ToolbarButton>
      <ToolbarButton icon={<Copy20Regular />} disabledFocusable>Clone</ToolbarButton>
      <ToolbarButton icon={<Delete20Regular />} disabledFocusable>Delete</ToolbarButton>
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabledFocusable>Refresh</ToolbarButton>
    </CommandBar>
  );
}
