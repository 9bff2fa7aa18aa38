import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toAuditDetails } from '@/lib/roles/audit-details';
import { toAuditRow } from '@/lib/roles/audit-rows';
import { AuditEntryDrawer } from './audit-entry-drawer';
import { AuditTable } from './audit-table';

const helpdesk = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const group = '33333333-3333-4333-8333-333333333333';
const audit = {
  id: 'e1e1e1e1-0000-4000-8000-000000000001',
  activityDateTime: '2026-11-22T14:03:05.123Z',
  activityDisplayName: 'Remove member from role',
  category: 'RoleManagement',
  result: 'success',
  resultReason: '',
  loggedByService: 'Core Directory',
  operationType: 'Unassign',
  correlationId: 'c0ffee00-0000-4000-8000-000000000001',
  initiatedBy: { user: { id: '11111111-1111-4111-8111-111111111111', displayName: 'Patti Fernandez', userPrincipalName: 'PattiF@contoso.onmicrosoft.com' }, app: null },
  targetResources: [
    {
      id: group,
      displayName: 'Contoso_Helpdesk_Administrators',
      type: 'Group',
      modifiedProperties: [
        { displayName: 'Role.DisplayName', oldValue: JSON.stringify('Helpdesk Administrator'), newValue: null },
        { displayName: 'Role.TemplateId', oldValue: JSON.stringify(helpdesk), newValue: null },
      ],
    },
    { id: helpdesk, displayName: 'Helpdesk Administrator', type: 'Role' },
  ],
  additionalDetails: [{ key: 'directoryScopeId', value: '/' }],
};

const wrap = (ui: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

/** The values a `dl` pairs with each label, in order. */
const pairs = (list: HTMLElement) =>
  Object.fromEntries([...list.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));

// Queries by role over a Fluent drawer are slow in jsdom; the timeout is for a busy machine, not for the drawer.
describe('AuditEntryDrawer', { timeout: 30_000 }, () => {
  it('shows an entry as Entra does: activity, initiator, targets and modified properties', () => {
    wrap(<AuditEntryDrawer open view={{ kind: 'ok', entry: toAuditDetails(audit) }} onClose={() => {}} />);
    const drawer = screen.getByRole('dialog', { name: 'Audit log details' });
    expect(pairs(within(drawer).getByRole('region', { name: 'Activity' }))).toEqual({
      'Date (UTC)': '2026-11-22 14:03:05 UTC',
      'Activity type': 'Remove member from role',
      'Correlation ID': 'c0ffee00-0000-4000-8000-000000000001',
      Category: 'RoleManagement',
      Status: 'Success',
      'Status reason': '—',
      Service: 'Core Directory',
      'Audit ID': audit.id,
    });
    expect(pairs(within(drawer).getByRole('region', { name: 'Initiated by (actor)' }))).toEqual({
      Type: 'User',
      'Display name': 'Patti Fernandez',
      'User principal name': 'PattiF@contoso.onmicrosoft.com',
      'Object ID': '11111111-1111-4111-8111-111111111111',
      'IP address': '—',
    });
    const targets = within(drawer).getByRole('table', { name: 'Target(s)' });
    expect(within(targets).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'TypeDisplay nameObject ID',
      `GroupContoso_Helpdesk_Administrators${group}`,
      `RoleHelpdesk Administrator${helpdesk}`,
    ]);
    const modified = within(drawer).getByRole('table', { name: 'Modified properties' });
    expect(within(modified).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PropertyOld valueNew value',
      'Role.DisplayNameHelpdesk Administrator—',
      `Role.TemplateId${helpdesk}—`,
    ]);
  });

  it("gives an app's change its app id and service principal", () => {
    const byApp = { ...audit, initiatedBy: { user: null, app: { appId: '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f', displayName: 'Contoso Automation', servicePrincipalId: group } } };
    wrap(<AuditEntryDrawer open view={{ kind: 'ok', entry: toAuditDetails(byApp) }} onClose={() => {}} />);
    expect(pairs(screen.getByRole('region', { name: 'Initiated by (actor)' }))).toMatchObject({
      Type: 'Application',
      'Display name': 'Contoso Automation',
      'App ID': '5b0e2f7c-9d1a-4b3c-8e4f-6a7b8c9d0e1f',
      'Service principal ID': group,
    });
  });

  it('says plainly that an entry in a link does not exist, and closes', async () => {
    const onClose = vi.fn();
    wrap(<AuditEntryDrawer open view={{ kind: 'notFound', id: 'nope' }} onClose={onClose} />);
    expect(screen.getByText('Audit entry not found')).toBeInTheDocument();
    expect(screen.getByText(/No audit entry has the ID "nope"\. It may be older than the audit log keeps/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says it is reading, and a failed read with its request id', () => {
    const { rerender } = wrap(<AuditEntryDrawer open view={null} onClose={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Reading the entry…');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <AuditEntryDrawer open view={{ kind: 'failed', message: 'Microsoft Graph failed; try again.', requestId: 'r-1' }} onClose={() => {}} />
      </FluentProvider>,
    );
    expect(screen.getByText("Couldn't read the audit entry")).toBeInTheDocument();
    expect(screen.getByText(/Microsoft Graph failed; try again\. Request ID: r-1/)).toBeInTheDocument();
  });
});

describe('AuditTable', { timeout: 30_000 }, () => {
  it("links each activity to its entry's URL, and opens it in place on a plain click", async () => {
    const onOpen = vi.fn();
    const row = toAuditRow(audit);
    wrap(<AuditTable rows={[row]} entryHref={(r) => `/audit?entry=${r.id}`} onOpenEntry={onOpen} />);
    const link = screen.getByRole('link', { name: 'Remove member from role' });
    expect(link).toHaveAttribute('href', `/audit?entry=${audit.id}`);
    await userEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith(row);
  });
});
