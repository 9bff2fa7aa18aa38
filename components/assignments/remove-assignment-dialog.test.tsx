import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import type { RemovalImpactRead } from './impact-actions';
import { RemoveAssignmentDialog } from './remove-assignment-dialog';

// The server action is the boundary for the impact: answer as it would for the Helpdesk group's removal.
const impact = vi.hoisted(() => ({
  read: vi.fn(async (): Promise<RemovalImpactRead> => ({
    ok: true,
    losses: [
      { principalId: 'p1', displayName: 'Diego Siciliani', kind: 'user', directoryScopeId: '/', scopeName: 'Directory', keeps: 'nothing' },
      { principalId: 'p2', displayName: 'Lynne Robbins', kind: 'user', directoryScopeId: '/', scopeName: 'Directory', keeps: 'eligible' },
    ],
    keeps: [{ principalId: 'p3', displayName: 'Grady Archie', how: 'directly' }],
    activeAtTenantAfter: 0,
    incomplete: false,
  })),
}));
vi.mock('./impact-actions', () => ({ readRemovalImpact: impact.read }));

const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const helpdeskGroup = 'aaaaaaaa-0000-4000-8000-000000000001';
const bigGroup = 'aaaaaaaa-0000-4000-8000-000000000002';
const emptyGroup = 'aaaaaaaa-0000-4000-8000-000000000003';
const admin = 'bbbbbbbb-0000-4000-8000-000000000001';

function row(overrides: Partial<RoleAssignmentRow>): RoleAssignmentRow {
  return {
    id: `assignment-${overrides.principalId ?? 'x'}`,
    roleDefinitionId: HELPDESK,
    principalId: helpdeskGroup,
    principalType: 'group',
    displayName: 'Contoso_Helpdesk_Administrators',
    userPrincipalName: null,
    appId: null,
    userType: null,
    memberCount: null,
    directoryScopeId: '/',
    scopeKind: 'directory',
    scopeKindLabel: 'Directory',
    scopeName: 'Directory',
    ...overrides,
  };
}

const people = (names: string[]) => names.map((displayName, i) => ({ id: `cccccccc-0000-4000-8000-00000000000${i}`, displayName }));

// The route handler is the boundary: answer as it would, for the groups asked about.
const groups: Record<string, unknown> = {
  [helpdeskGroup]: { count: 3, members: people(['Diego Siciliani', 'Lynne Robbins', 'Grady Archie']) },
  [bigGroup]: { count: 8, members: people(['Adele Vance', 'Alex Wilber', 'Diego Siciliani', 'Lee Gu', 'Megan Bowen']) },
  [emptyGroup]: { count: 0, members: [] },
};
const asTheHandlerWould = (ids: string[]) => Response.json({ groups: Object.fromEntries(ids.map((id) => [id, groups[id] ?? null])) });
let answer = asTheHandlerWould;
const fetchMock = vi.fn(async (input: RequestInfo | URL) => answer(new URL(String(input), 'http://localhost').searchParams.getAll('groupId')));

beforeEach(() => {
  answer = asTheHandlerWould;
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function renderDialog(selected: RoleAssignmentRow[], action = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <RemoveAssignmentDialog
          open
          onOpenChange={() => {}}
          role={{ id: HELPDESK, displayName: 'Helpdesk Administrator', templateId: HELPDESK }}
          selected={selected}
          assignmentsOfRole={[...selected, row({ id: 'other', principalId: admin, principalType: 'user', displayName: 'Patti Fernandez' })]}
          signedInUserId={admin}
          action={action}
          pending={false}
        />
      </QueryClientProvider>
    </FluentProvider>,
  );
  return action;
}

const losses = async () => screen.findByRole('list', { name: 'Group members' });

// Fluent's dialog is slow to query in jsdom; the timeout is for a busy machine, not for the dialog.
describe('RemoveAssignmentDialog', { timeout: 30_000 }, () => {
  it("names a small group's members, all of them, while the removal stays one click away", async () => {
    const action = renderDialog([row({})]);
    expect(screen.getByText('Reading members…')).toBeInTheDocument();
    const item = within(await losses()).getByRole('listitem');
    expect(item).toHaveTextContent('Contoso_Helpdesk_Administrators (3 members): Diego Siciliani, Lynne Robbins and Grady Archie hold Helpdesk Administrator through it.');
    expect(within(item).queryByRole('link')).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe(`/api/group-members-preview?groupId=${helpdeskGroup}`);
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('reads every selected group in one request: counts, the first five names, a link for a larger group, and an empty one', async () => {
    renderDialog([
      row({}),
      row({ principalId: bigGroup, displayName: 'Contoso_Big_Team', scopeKind: 'administrativeUnit', scopeKindLabel: 'Administrative unit', scopeName: 'Seattle', directoryScopeId: '/administrativeUnits/x' }),
      row({ principalId: emptyGroup, displayName: 'Contoso_App_Admins' }),
      row({ principalId: admin, principalType: 'user', displayName: 'Lee Gu', userPrincipalName: 'LeeG@contoso.onmicrosoft.com' }),
    ]);
    const items = within(await losses()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Contoso_Helpdesk_Administrators (3 members): Diego Siciliani, Lynne Robbins and Grady Archie hold Helpdesk Administrator through it.',
      'Contoso_Big_Team (8 members): Adele Vance, Alex Wilber, Diego Siciliani, Lee Gu, Megan Bowen and 3 others hold Helpdesk Administrator at Seattle (Administrative unit) through it. View all 8 members',
      'Contoso_App_Admins has no members, so no one holds Helpdesk Administrator through it.',
    ]);
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'View all 8 members' })).toHaveAttribute('href', `/groups/${bigGroup}/members`);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://localhost').searchParams.getAll('groupId')).toEqual([helpdeskGroup, bigGroup, emptyGroup]);
    expect(screen.getByText('Who of them loses Helpdesk Administrator, and who keeps it another way, is worked out below.')).toBeInTheDocument();
  });

  it('says plainly when the members could not be read, and still removes', async () => {
    answer = () => Response.json({ error: 'Microsoft Graph failed; try again.' }, { status: 502 });
    const action = renderDialog([row({})]);
    expect(await screen.findByText(/The members couldn.t be read: Microsoft Graph failed; try again\. You can still remove the assignment/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('reads nothing when no group is selected', () => {
    renderDialog([row({ principalId: admin, principalType: 'user', displayName: 'Lee Gu' })]);
    expect(screen.queryByText('Reading members…')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the impact of a removal', () => {
  it('names who loses the role, who stays eligible, who keeps it another way, and warns when no one is left at Directory', async () => {
    renderDialog([row({ id: 'group-assignment' })]);
    const section = await screen.findByRole('region', { name: 'Impact of this removal' });
    expect(within(section).getByRole('list', { name: 'Who loses Helpdesk Administrator' }).textContent).toBe(
      'Diego Siciliani at DirectoryLynne Robbins at Directory: stays eligible, and can activate it',
    );
    expect(within(section).getByRole('list', { name: 'Keep it another way' })).toHaveTextContent('Grady Archie directly');
    expect(within(section).getByText('After this, no one holds Helpdesk Administrator actively at Directory scope.')).toBeInTheDocument();
    expect(impact.read).toHaveBeenCalledWith(HELPDESK, ['group-assignment']);
  });
});
