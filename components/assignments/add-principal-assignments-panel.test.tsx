import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import type { PrincipalAddOptions } from '@/lib/views/principal-assignments';
import { AddPrincipalAssignmentsPanel } from './add-principal-assignments-panel';

// The server actions are the boundary: the panel's own behaviour is what it sends them and what it shows.
const add = vi.hoisted(() => vi.fn(async (): Promise<ActionResult> => ({ ok: true, message: 'Added Project Tracker to Helpdesk Administrator at Seattle.' })));
// The role's settings as Graph's defaults: permanent allowed, Active needs a justification.
const readSettings = vi.hoisted(() => vi.fn(async () => ({ ok: false as const, message: "You can't read this role's settings." })));
vi.mock('./add-actions', () => ({ addRoleAssignments: add, readAddSettings: readSettings }));
vi.mock('@/components/scoped-roles/read-access-actions', () => ({ addDirectoryReaders: vi.fn() }));
vi.mock('@/components/graph-preview/actions', () => ({ graphRequestBaseUrl: async () => 'https://graph.microsoft.com/v1.0' }));
vi.mock('next/navigation', () => ({ usePathname: () => '/users/x/roles' }));

const helpdesk = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const seattle = '/administrativeUnits/11111111-0000-4000-8000-000000000001';
const options: PrincipalAddOptions = {
  roles: [
    { id: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator', privileged: true, supportedScopeKinds: ['directory'] },
    { id: helpdesk, displayName: 'Helpdesk Administrator', privileged: true, supportedScopeKinds: ['directory', 'administrativeUnit'] },
    { id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', displayName: 'Directory Readers', privileged: false, supportedScopeKinds: ['directory'] },
  ],
  scopeOptions: [
    { directoryScopeId: '/', kind: 'directory', name: 'Directory' },
    { directoryScopeId: seattle, kind: 'administrativeUnit', name: 'Seattle' },
    { directoryScopeId: '/22222222-0000-4000-8000-000000000001', kind: 'application', name: 'Contoso Expenses' },
  ],
};
const tracker: Principal = { id: 'cccccccc-0000-4000-8000-000000000001', displayName: 'Project Tracker', kind: 'servicePrincipal', detail: null };

// The read-access route: Project Tracker can't read the directory.
const fetchMock = vi.fn(async () => new Response(JSON.stringify({ missing: [tracker.id] }), { headers: { 'Content-Type': 'application/json' } }));
beforeEach(() => {
  add.mockClear();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function renderPanel(props: Partial<Parameters<typeof AddPrincipalAssignmentsPanel>[0]> = {}) {
  const onCompleted = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <AddPrincipalAssignmentsPanel open onOpenChange={() => {}} principal={tracker} options={options} held={[]} onCompleted={onCompleted} {...props} />
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { onCompleted, panel: within(screen.getByRole('dialog', { name: 'Add assignments' })) };
}

async function pickRole(panel: ReturnType<typeof within>, search: string, name: string) {
  const user = userEvent.setup();
  await user.type(panel.getByRole('combobox', { name: /^Role/ }), search);
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${name}`) }));
  return user;
}

describe('AddPrincipalAssignmentsPanel', { timeout: 30_000 }, () => {
  it('finds a role by name, labels the privileged ones, and offers only the scopes the role supports', async () => {
    const { panel } = renderPanel();
    const user = userEvent.setup();
    await user.type(panel.getByRole('combobox', { name: /^Role/ }), 'admin');
    const listed = await screen.findAllByRole('option');
    expect(listed.map((option) => option.textContent)).toEqual(['Global AdministratorPRIVILEGED', 'Helpdesk AdministratorPRIVILEGED']);
    await user.click(listed[0] as HTMLElement);
    expect(panel.getByRole('combobox', { name: 'Scope type' })).toBeDisabled();
    expect(panel.getByText('This role can be assigned only at Directory scope.')).toBeInTheDocument();
  });

  it('refuses before Add a role the member holds at that scope already', async () => {
    const { panel } = renderPanel({ held: [{ roleDefinitionId: helpdesk, directoryScopeId: '/' }] });
    await pickRole(panel, 'Help', 'Helpdesk Administrator');
    expect(panel.getByText(/Project Tracker already holds Helpdesk Administrator at Directory\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  it('warns before Add that a service principal needs Directory Readers at a unit, and sends the fixed member with the role and scope', async () => {
    const { panel, onCompleted } = renderPanel();
    const user = await pickRole(panel, 'Help', 'Helpdesk Administrator');
    await user.click(panel.getByRole('combobox', { name: 'Scope type' }));
    await user.click(screen.getByRole('option', { name: 'Administrative unit' }));
    await user.click(panel.getByRole('combobox', { name: /^Administrative unit/ }));
    await user.click(screen.getByRole('option', { name: 'Seattle' }));
    expect(await panel.findByText("Project Tracker won't be able to use Helpdesk Administrator here yet")).toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Add Directory Readers for Project Tracker' })).toBeInTheDocument();
    expect(new URL(String(fetchMock.mock.calls.at(-1)?.at(0)), 'http://localhost').searchParams.get('servicePrincipalIds')).toBe(tracker.id);

    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(onCompleted).toHaveBeenCalledWith(expect.objectContaining({ ok: true })));
    const form = add.mock.calls[0]?.at(1) as unknown as FormData;
    expect(Object.fromEntries(form)).toEqual({ roleId: helpdesk, directoryScopeId: seattle, principalId: tracker.id, assignmentType: 'active' });
  });
});
