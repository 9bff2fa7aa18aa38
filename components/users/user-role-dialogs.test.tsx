import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { UserRoleRow } from '@/lib/views/users';
import { RemoveDirectDialog, RemoveFromGroupDialog } from './user-role-dialogs';

const GA = '62e90394-69f5-4237-9190-012177145e10';
const userId = '11111111-0000-4000-8000-000000000001';
const adminId = '11111111-0000-4000-8000-000000000002';

function row(overrides: Partial<UserRoleRow>): UserRoleRow {
  return {
    assignmentId: 'a1',
    roleId: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
    roleName: 'Helpdesk Administrator',
    roleTemplateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
    privileged: false,
    directoryScopeId: '/',
    scopeKindLabel: 'Directory',
    scopeName: 'Directory',
    via: { kind: 'direct' },
    lastHolder: false,
    managingPeers: null,
    ...overrides,
  };
}

const wrap = (ui: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const common = { open: true, onOpenChange: () => {}, pending: false };

describe('RemoveDirectDialog', () => {
  it('names each role and scope, and submits on Yes', async () => {
    const action = vi.fn();
    wrap(<RemoveDirectDialog {...common} action={action} user={{ id: userId, displayName: 'Lee Gu' }} signedInUserId={adminId}
      rows={[row({ roleName: 'User Administrator', scopeKindLabel: 'Administrative unit', scopeName: 'Seattle', directoryScopeId: '/administrativeUnits/x' })]} />);
    expect(screen.getByRole('list', { name: 'Assignments to remove' }).textContent).toContain('User Administrator at Seattle (Administrative unit)');
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('refuses the admin\u2019s own Global Administrator assignment outright', () => {
    wrap(<RemoveDirectDialog {...common} action={vi.fn()} user={{ id: adminId, displayName: 'Megan Bowen' }} signedInUserId={adminId}
      rows={[row({ roleName: 'Global Administrator', roleTemplateId: GA, roleId: GA })]} />);
    expect(screen.getByRole('alert').textContent).toMatch(/can\u2019t remove your own Global Administrator/);
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
  });

  it('asks a second confirmation before the last Global Administrator at directory scope goes', async () => {
    wrap(<RemoveDirectDialog {...common} action={vi.fn()} user={{ id: userId, displayName: 'MOD Administrator' }} signedInUserId={adminId}
      rows={[row({ roleName: 'Global Administrator', roleTemplateId: GA, roleId: GA, lastHolder: true })]} />);
    const yes = screen.getByRole('button', { name: 'Yes' });
    expect(yes).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('checkbox', { name: /no one will hold Global Administrator/ }));
    expect(yes).toHaveProperty('disabled', false);
  });

  it('says what really remains: Privileged Role Administrators still manage role assignments', () => {
    wrap(<RemoveDirectDialog {...common} action={vi.fn()} user={{ id: userId, displayName: 'MOD Administrator' }} signedInUserId={adminId}
      rows={[row({ roleName: 'Global Administrator', roleTemplateId: GA, roleId: GA, lastHolder: true, managingPeers: 2 })]} />);
    expect(screen.getByText(/2 assignments of Privileged Role Administrator at directory scope remain, and they can still manage role assignments/)).toBeTruthy();
    expect(screen.queryByText(/no one will be able to manage role assignments/)).toBeNull();
  });

  it('keeps the strong words when no one else could manage role assignments', () => {
    wrap(<RemoveDirectDialog {...common} action={vi.fn()} user={{ id: userId, displayName: 'MOD Administrator' }} signedInUserId={adminId}
      rows={[row({ roleName: 'Global Administrator', roleTemplateId: GA, roleId: GA, lastHolder: true, managingPeers: 0 })]} />);
    expect(screen.getByRole('checkbox', { name: /no one will be able to manage role assignments/ })).toBeTruthy();
  });
});

describe('RemoveFromGroupDialog', () => {
  it('says the user leaves the group and every role it holds, and warns an admin removing themselves', () => {
    const groupRoles = [
      row({ via: { kind: 'group', groupId: 'g', groupDisplayName: 'Contoso_Helpdesk_Administrators' } }),
      row({ assignmentId: 'a2', roleName: 'Password Administrator', via: { kind: 'group', groupId: 'g', groupDisplayName: 'Contoso_Helpdesk_Administrators' } }),
    ];
    wrap(<RemoveFromGroupDialog {...common} action={vi.fn()} user={{ id: adminId, displayName: 'Patti Fernandez' }} signedInUserId={adminId}
      group={{ id: 'g', displayName: 'Contoso_Helpdesk_Administrators' }} groupRoles={groupRoles} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Remove from group' });
    expect(dialog.textContent).toContain('This removes Patti Fernandez from the group \u201cContoso_Helpdesk_Administrators\u201d, and so from every role the group holds');
    const roles = screen.getByRole('list', { name: 'Roles held through Contoso_Helpdesk_Administrators' });
    expect(roles.textContent).toContain('Helpdesk Administrator');
    expect(roles.textContent).toContain('Password Administrator');
    expect(dialog.textContent).toContain('You are removing yourself');
  });
});
