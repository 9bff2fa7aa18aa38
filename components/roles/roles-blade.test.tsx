import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SignedInAdminProvider } from '@/components/auth/signed-in-admin-context';
import type { SignedInAdmin } from '@/lib/views/signed-in-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idKey } from '@/lib/roles/role-inputs';
import { parseRoleListState } from '@/lib/roles/role-list-view';
import { defaultRoleListState, type RoleListRow, type RoleListState } from '@/lib/roles/role-list-state';
import { RolesBlade } from './roles-blade';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn(), replace: vi.fn() }), usePathname: () => '/roles' }));

let nextId = 0;
const row = (displayName: string, partial: Partial<RoleListRow> = {}): RoleListRow => ({
  id: `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`,
  displayName,
  description: `${displayName} description.`,
  isBuiltIn: true,
  privileged: false,
  assignmentCount: 0,
  ...partial,
});

const rows = [
  row('Global Administrator', { privileged: true, assignmentCount: 2 }),
  row('Helpdesk Administrator', { privileged: true, assignmentCount: 2, description: 'Can reset passwords for non-administrators.' }),
  row('Global Reader', { assignmentCount: 1 }),
  row('Contoso Helpdesk Tier 1', { isBuiltIn: false, assignmentCount: 1 }),
  row('Contoso Audit Reader', { isBuiltIn: false }),
];

const admin = (canManageRoleAssignments: boolean): SignedInAdmin => ({
  id: '11111111-0000-4000-8000-000000000001', displayName: 'Patti Fernandez', userPrincipalName: 'PattiF@contoso.onmicrosoft.com',
  tenantRoleNames: [], canManageRoleAssignments, manageDeniedReason: canManageRoleAssignments ? null : 'Read only.',
});

function renderBlade(initialState: RoleListState = defaultRoleListState, shownRows: RoleListRow[] = rows, canManage = true, eligibleCounts: Record<string, number> | null | 'pending' = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <FluentProvider theme={webLightTheme}>
      <SignedInAdminProvider admin={Promise.resolve(admin(canManage))}>
        <QueryClientProvider client={client}>
          <RolesBlade rows={shownRows} initialState={initialState} eligibleCounts={eligibleCounts} />
        </QueryClientProvider>
      </SignedInAdminProvider>
    </FluentProvider>,
  );
}

/** The same roles with `privileged` roles' assignments totalling `total`. */
const withPrivilegedTotal = (total: number) =>
  rows.map((r) => (r.displayName === 'Global Administrator' ? { ...r, assignmentCount: total - 2 } : r));

const shownRoles = () =>
  within(screen.getByRole('grid', { name: 'All roles' }))
    .queryAllByRole('link')
    .map((link) => link.textContent);
const urlState = () => parseRoleListState(new URLSearchParams(window.location.search));

// Fluent's menus and the grid render slowly in jsdom on a busy machine: allow more than the default 5 s.
describe('RolesBlade', { timeout: 20_000 }, () => {
  beforeEach(() => window.history.replaceState(null, '', '/roles'));

  it('renders the view it was given on the first paint', async () => {
    renderBlade(parseRoleListState({ type: 'custom', sort: 'assignments' }));
    expect(shownRoles()).toEqual(['Contoso Helpdesk Tier 1', 'Contoso Audit Reader']);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 roles');
    // The pills' code loads on demand (in the browser it comes with the server's HTML).
    expect(await screen.findByRole('button', { name: /^Custom roles/ })).toBeInTheDocument();
  });

  it('writes counts with thousands separators', () => {
    renderBlade(defaultRoleListState, withPrivilegedTotal(12_219));
    const grid = screen.getByRole('grid', { name: 'All roles' });
    expect(within(grid).getByRole('row', { name: /^Global Administrator/ })).toHaveTextContent(/12,217$/);
  });

  it('filters as the admin types and writes the search to the URL', async () => {
    const user = userEvent.setup();
    renderBlade();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or description' }), 'passwords');
    await waitFor(() => expect(shownRoles()).toEqual(['Helpdesk Administrator']));
    await waitFor(() => expect(window.location.search).toBe('?search=passwords'));
  });

  it('applies a type filter from Add filters, shows it as a pill, and removes it again', async () => {
    const user = userEvent.setup();
    renderBlade();
    await user.click(screen.getByRole('button', { name: 'Add filters' }));
    // The menu's code loads when the button is first reached.
    await user.click(await screen.findByRole('menuitemradio', { name: 'Custom' }));
    await waitFor(() => expect(window.location.search).toBe('?type=custom'));
    expect(shownRoles()).toEqual(['Contoso Audit Reader', 'Contoso Helpdesk Tier 1']);
    expect(screen.getByRole('button', { name: 'Add filters, 1 applied' })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: /^Custom roles/ }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(shownRoles()).toHaveLength(5);
  });

  it('combines privileged and with-assignments filters', async () => {
    const user = userEvent.setup();
    renderBlade();
    await user.click(screen.getByRole('button', { name: 'Add filters' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Privileged roles' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Roles with assignments' }));
    await waitFor(() => expect(urlState()).toMatchObject({ privilegedOnly: true, assignedOnly: true }));
    expect(shownRoles()).toEqual(['Global Administrator', 'Helpdesk Administrator']);
  });

  it('sorts by assignments from the column header, most first, then flips', async () => {
    const user = userEvent.setup();
    renderBlade();
    const header = within(screen.getByRole('columnheader', { name: 'Assignments' })).getByRole('button');
    await user.click(header);
    await waitFor(() => expect(window.location.search).toBe('?sort=assignments'));
    expect(shownRoles()).toEqual(['Global Administrator', 'Helpdesk Administrator', 'Contoso Helpdesk Tier 1', 'Global Reader', 'Contoso Audit Reader']);
    await user.click(header);
    await waitFor(() => expect(window.location.search).toBe('?sort=assignments&dir=asc'));
    expect(shownRoles()[0]).toBe('Contoso Audit Reader');
  });

  it('shows an empty state that clears the search and filters', async () => {
    const user = userEvent.setup();
    renderBlade(parseRoleListState({ search: 'nothing like this', privileged: '1' }));
    expect(screen.getByText('No roles match')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(shownRoles()).toHaveLength(5);
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('warns above 10 privileged role assignments and offers to review them', async () => {
    const user = userEvent.setup();
    renderBlade(defaultRoleListState, withPrivilegedTotal(12));
    expect(screen.getByText('Too many privileged role assignments')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review privileged roles with assignments' }));
    await waitFor(() => expect(window.location.search).toBe('?privileged=1&assigned=1&sort=assignments'));
  });

  it('asks only an admin who can change assignments to remove some; a reader gets the fact and the review', async () => {
    renderBlade(defaultRoleListState, withPrivilegedTotal(12), true);
    expect(await screen.findByText(/remove the ones people don.t need/)).toBeInTheDocument();
  });

  it('tells a reader the fact without a call to act they cannot follow', async () => {
    renderBlade(defaultRoleListState, withPrivilegedTotal(12), false);
    await waitFor(() => expect(screen.getByText(/Microsoft recommends fewer than/).textContent).toMatch(/fewer than 10\.\s*Review privileged roles/));
    expect(screen.queryByText(/remove the ones people/)).not.toBeInTheDocument();
  });

  it('does not warn at 10 or fewer', () => {
    renderBlade(defaultRoleListState, withPrivilegedTotal(10));
    expect(screen.queryByText('Too many privileged role assignments')).not.toBeInTheDocument();
  });

  describe('in a tenant too large to count before the first paint', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('lists the roles at once, then fills in their counts from the server, and warns from them', async () => {
      const totals = Object.fromEntries(rows.map((r, index) => [idKey(r.id), index === 0 ? 5000 : index]));
      const fetchMock = vi.fn(async () => new Response(JSON.stringify({ totals }), { headers: { 'Content-Type': 'application/json' } }));
      vi.stubGlobal('fetch', fetchMock);
      renderBlade(parseRoleListState({ sort: 'assignments' }), rows.map((r) => ({ ...r, assignmentCount: null })));
      expect(shownRoles()).toHaveLength(5);
      expect(screen.getByRole('status')).toHaveTextContent('counting assignments');
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^5 roles$/));
      expect(fetchMock).toHaveBeenCalledWith('/api/role-assignment-counts', expect.anything());
      expect(shownRoles()[0]).toBe('Global Administrator');
      expect(within(screen.getByRole('grid', { name: 'All roles' })).getByText('5,000')).toBeInTheDocument();
      expect(screen.getByText('Too many privileged role assignments')).toBeInTheDocument();
    });

    it('fills in the Eligible column from the server when there were more eligibilities than one page', async () => {
      const [first] = rows;
      const body = { totals: Object.fromEntries(rows.map((r) => [idKey(r.id), 1])), eligible: { [idKey(first!.id)]: 1234 } };
      vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })));
      renderBlade(defaultRoleListState, rows, true, 'pending');
      const grid = screen.getByRole('grid', { name: 'All roles' });
      expect(within(grid).getByRole('columnheader', { name: 'Eligible' })).toBeInTheDocument();
      await waitFor(() => expect(within(grid).getByText('1,234')).toBeInTheDocument());
    });

    it('says when the counts can\'t be read, and tries again on Retry', async () => {
      const fetchMock = vi
        .fn()
        .mockResolvedValueOnce(new Response(JSON.stringify({ error: 'Microsoft Graph failed; nothing was changed.' }), { status: 502 }))
        .mockResolvedValueOnce(new Response(JSON.stringify({ totals: {} }), { headers: { 'Content-Type': 'application/json' } }));
      vi.stubGlobal('fetch', fetchMock);
      renderBlade(defaultRoleListState, rows.map((r) => ({ ...r, assignmentCount: null })));
      expect(await screen.findByText("Assignments couldn't be counted")).toBeInTheDocument();
      expect(screen.getByText('Microsoft Graph failed; nothing was changed.')).toBeInTheDocument();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(screen.queryByText("Assignments couldn't be counted")).not.toBeInTheDocument());
      expect(fetchMock).toHaveBeenCalledTimes(2);
    });
  });
});
