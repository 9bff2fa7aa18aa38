import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Principal } from '@/lib/graph/directory-search';
import { PrincipalPicker, ROLE_ASSIGNABLE_NOTE } from './principal-picker';

const alex: Principal = { id: 'aaaaaaaa-0000-4000-8000-000000000001', displayName: 'Alex Wilber', kind: 'user', detail: 'AlexW@contoso.onmicrosoft.com' };
const helpdesk: Principal = { id: 'bbbbbbbb-0000-4000-8000-000000000001', displayName: 'Contoso_Helpdesk_Administrators', kind: 'group', detail: null };
const tracker: Principal = { id: 'cccccccc-0000-4000-8000-000000000001', displayName: 'Project Tracker', kind: 'servicePrincipal', detail: 'dddddddd-0000-4000-8000-000000000001' };
const directory = [alex, helpdesk, tracker];

// The route handler is the boundary: answer as it would, from a small directory.
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  const q = (url.searchParams.get('q') ?? '').toLowerCase();
  const types = (url.searchParams.get('types') ?? '').split(',');
  const found = directory.filter((p) => types.includes(p.kind) && p.displayName.toLowerCase().includes(q));
  // Asked about a role at a scope, the route marks who holds it there: here, Alex at Directory.
  const holding = url.searchParams.get('roleId') ? url.searchParams.get('directoryScopeId') : null;
  const principals = holding === null ? found : found.map((p) => ({ ...p, holds: p.id === alex.id && holding === '/' }));
  return new Response(JSON.stringify({ principals, hasMore: false }), { headers: { 'Content-Type': 'application/json' } });
});

beforeEach(() => {
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

type PickerOptions = Partial<Pick<Parameters<typeof PrincipalPicker>[0], 'kinds' | 'existing' | 'holding' | 'label'>>;

function Picker({ initial = [], onChange, ...options }: { initial?: Principal[]; onChange?: (selected: Principal[]) => void } & PickerOptions) {
  const [selected, setSelected] = useState(initial);
  return (
    <PrincipalPicker
      {...options}
      selected={selected}
      max={20}
      onChange={(next) => {
        setSelected(next);
        onChange?.(next);
      }}
    />
  );
}

function renderPicker(props: Parameters<typeof Picker>[0] = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <Picker {...props} />
      </QueryClientProvider>
    </FluentProvider>,
  );
}

const searched = () => fetchMock.mock.calls.map(([input]) => Object.fromEntries(new URL(String(input), 'http://localhost').searchParams));

// Fluent's comboboxes are slow to drive in jsdom; the timeout is for the machine, not for the picker.
describe('PrincipalPicker', { timeout: 30_000 }, () => {
  // Fluent's multiselect combobox lists its results as a menu of checkable items.
  it('searches the server once the typing pauses, and selects a result with the keyboard', async () => {
    const onChange = vi.fn();
    renderPicker({ onChange });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Search members' }), 'Alex');
    expect(await screen.findByRole('menuitemcheckbox', { name: /Alex Wilber/ })).toHaveTextContent('AlexW@contoso.onmicrosoft.com');
    expect(searched()).toEqual([{ q: 'Alex', types: 'user,group,servicePrincipal' }]);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([alex]);
    expect(within(screen.getByRole('toolbar', { name: 'Selected members (1)' })).getByRole('button', { name: /^Alex Wilber/ })).toBeInTheDocument();
  });

  it('groups results by kind, with a UPN, an app id or the group kind under each name', async () => {
    renderPicker();
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Search members' }), 'o');
    expect(await screen.findByRole('menuitemcheckbox', { name: /Project Tracker/ })).toHaveTextContent('Service principal · App ID dddddddd-0000-4000-8000-000000000001');
    expect(screen.getByRole('menuitemcheckbox', { name: /Contoso_Helpdesk_Administrators/ })).toHaveTextContent('Role-assignable group');
    expect(screen.getByRole('group', { name: 'Service principals' })).toBeInTheDocument();
  });

  it('searches only groups on the Groups tab, says when nothing matches, and keeps the role-assignable note in view', async () => {
    renderPicker();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Groups' }));
    await user.type(screen.getByRole('combobox', { name: 'Search members' }), 'Sales');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No results.'));
    expect(searched().at(-1)).toEqual({ q: 'Sales', types: 'group' });
    expect(screen.getByText(ROLE_ASSIGNABLE_NOTE)).toBeVisible();
  });

  it('removes a selected member with its tag', async () => {
    const onChange = vi.fn();
    renderPicker({ initial: [alex, tracker], onChange });
    const tags = screen.getByRole('toolbar', { name: 'Selected members (2)' });
    await userEvent.setup().click(within(tags).getByRole('button', { name: /^Alex Wilber/ }));
    expect(onChange).toHaveBeenLastCalledWith([tracker]);
  });

  it('does not search for blank input', async () => {
    renderPicker();
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Search members' }), '   ');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('searches only the kinds it is given, filters by those kinds, and lists existing members without letting them be picked', async () => {
    const onChange = vi.fn();
    renderPicker({ onChange, kinds: ['user', 'servicePrincipal'], existing: { ids: new Set([alex.id]), reason: 'Already a member' }, label: 'Search users and service principals' });
    const kindFilter = within(screen.getByRole('tablist', { name: 'Member type' }));
    expect(kindFilter.getAllByRole('tab')).toHaveLength(3);
    expect(kindFilter.getByRole('tab', { name: 'Service principals' })).toBeInTheDocument();
    expect(kindFilter.queryByRole('tab', { name: 'Groups' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Search users and service principals' }), 'e');
    const existing = await screen.findByRole('menuitemcheckbox', { name: /Alex Wilber/ });
    expect(existing).toHaveTextContent('Already a member');
    expect(existing).toHaveAttribute('aria-disabled', 'true');
    expect(searched()).toEqual([{ q: 'e', types: 'user,servicePrincipal' }]);
    expect(screen.queryByText(ROLE_ASSIGNABLE_NOTE)).not.toBeInTheDocument();
    await user.click(existing);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('asks the server who holds the role at the scope, and shows them with why they cannot be picked', async () => {
    const onChange = vi.fn();
    const roleId = 'eeeeeeee-0000-4000-8000-000000000001';
    renderPicker({ onChange, holding: { roleId, directoryScopeId: '/', reason: 'Already holds Helpdesk Administrator at Directory' } });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Search members' }), 'e');
    const holder = await screen.findByRole('menuitemcheckbox', { name: /Alex Wilber/ });
    expect(holder).toHaveTextContent('Already holds Helpdesk Administrator at Directory');
    expect(holder).toHaveAttribute('aria-disabled', 'true');
    expect(searched()).toEqual([{ q: 'e', types: 'user,group,servicePrincipal', roleId, directoryScopeId: '/' }]);
    await user.click(holder);
    expect(onChange).not.toHaveBeenCalled();

    const other = screen.getByRole('menuitemcheckbox', { name: /Project Tracker/ });
    expect(other).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(other);
    expect(onChange).toHaveBeenLastCalledWith([tracker]);
  });

  it('says on a selected member that it holds the role at the scope chosen since', () => {
    renderPicker({ initial: [alex, tracker], existing: { ids: new Set([alex.id]), reason: 'Already holds Helpdesk Administrator at Directory' } });
    const tags = within(screen.getByRole('toolbar', { name: 'Selected members (2)' }));
    expect(tags.getByRole('button', { name: /^Alex Wilber/ }).closest('[role="toolbar"] > *')).toHaveTextContent('Already holds Helpdesk Administrator at Directory');
    expect(tags.getByRole('button', { name: /^Project Tracker/ }).closest('[role="toolbar"] > *')).toHaveTextContent('Service principal');
  });
});
