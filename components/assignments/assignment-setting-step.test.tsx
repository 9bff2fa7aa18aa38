import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import { settingsFromRules } from '@/lib/roles/role-settings';
import type { PrincipalAddOptions } from '@/lib/views/principal-assignments';
import { AddPrincipalAssignmentsPanel } from './add-principal-assignments-panel';

// The Setting step's own rules: what the role's settings allow decides what the admin may choose and what is proposed.
const add = vi.hoisted(() => vi.fn(async (): Promise<ActionResult> => ({ ok: true, message: 'Added.' })));
// A role whose eligible assignments must end within 90 days.
const readSettings = vi.hoisted(() => vi.fn());
vi.mock('./add-actions', () => ({ addRoleAssignments: add, readAddSettings: readSettings }));
vi.mock('@/components/scoped-roles/read-access-actions', () => ({ addDirectoryReaders: vi.fn() }));
vi.mock('@/components/graph-preview/actions', () => ({ graphRequestBaseUrl: async () => 'https://graph.microsoft.com/v1.0' }));
vi.mock('next/navigation', () => ({ usePathname: () => '/users/x/roles' }));

const reader = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b';
const options: PrincipalAddOptions = {
  roles: [{ id: reader, displayName: 'Directory Readers', privileged: false, supportedScopeKinds: ['directory'] }],
  scopeOptions: [{ directoryScopeId: '/', kind: 'directory', name: 'Directory' }],
};
const henrietta: Principal = { id: 'aaaaaaaa-0000-4000-8000-000000000001', displayName: 'Henrietta Mueller', kind: 'user', detail: null };
const tracker: Principal = { id: 'cccccccc-0000-4000-8000-000000000001', displayName: 'Project Tracker', kind: 'servicePrincipal', detail: null };
readSettings.mockImplementation(async () => ({
  ok: true,
  settings: settingsFromRules([
    { '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_Admin_Eligibility', isExpirationRequired: true, maximumDuration: 'P90D' },
  ] as never),
}));

async function openWithRole(principal: Principal) {
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AddPrincipalAssignmentsPanel open onOpenChange={() => {}} principal={principal} options={options} held={[]} onCompleted={() => {}} />
      </QueryClientProvider>
    </FluentProvider>,
  );
  const panel = within(screen.getByRole('dialog', { name: 'Add assignments' }));
  const user = userEvent.setup();
  await user.type(panel.getByRole('combobox', { name: /^Role/ }), 'Readers');
  await user.click(await screen.findByRole('option', { name: /^Directory Readers/ }));
  await panel.findByText("This role's settings");
  return { panel, user };
}

describe('the Setting step', { timeout: 30_000 }, () => {
  it('takes Permanently away where the role forbids it, proposes an end within the maximum, and sends it', async () => {
    const { panel, user } = await openWithRole(henrietta);
    await user.click(panel.getByRole('radio', { name: 'Eligible' }));
    expect(panel.getByText('Eligible assignments must end: at most 90 days after they start.')).toBeInTheDocument();
    expect(panel.getByRole('checkbox', { name: 'Permanently eligible' })).toBeDisabled();
    expect(panel.getByRole('checkbox', { name: 'Permanently eligible' })).not.toBeChecked();
    const proposed = Date.parse(String((panel.getByLabelText(/^Assignment ends/) as HTMLInputElement).value));
    expect(proposed - Date.now()).toBeGreaterThan(89 * 86_400_000);
    expect(proposed - Date.now()).toBeLessThanOrEqual(90 * 86_400_000);

    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(add).toHaveBeenCalled());
    const form = Object.fromEntries(add.mock.calls.at(-1)?.at(1) as unknown as FormData);
    expect(form).toMatchObject({ roleId: reader, principalId: henrietta.id, assignmentType: 'eligible' });
    expect(Math.abs(Date.parse(String(form.endDateTime)) - proposed)).toBeLessThan(60_000);
  });

  it('offers a service principal Active only, and says why', async () => {
    const { panel } = await openWithRole(tracker);
    expect(panel.getByRole('radio', { name: 'Eligible' })).toBeDisabled();
    expect(panel.getByRole('radio', { name: 'Active' })).toBeChecked();
    expect(panel.getByText(/a service principal can’t activate a role/)).toBeInTheDocument();
  });
});
