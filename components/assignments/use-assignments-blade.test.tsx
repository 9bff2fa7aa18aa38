import { act, renderHook, waitFor } from '@testing-library/react';
import { startTransition } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/action-result';
import type { RoleAssignmentRow } from '@/lib/roles/assignment-filters';
import { useAssignmentsBlade } from './use-assignments-blade';

// The server action and the portal's context are the boundary: the hook's own behaviour is what it keeps and shows.
const remove = vi.hoisted(() => vi.fn(async (): Promise<ActionResult> => ({ ok: true, message: 'Removed Adele Vance.' })));
vi.mock('./remove-actions', () => ({ removeRoleAssignments: remove }));
vi.mock('next/navigation', () => ({ usePathname: () => '/roles/x', useRouter: () => ({ refresh: vi.fn() }) }));
vi.mock('@/components/auth/signed-in-admin-context', () => ({
  useSignedInAdmin: () => ({ id: 'admin', canManageRoleAssignments: true, manageDeniedReason: null }),
}));

const row = (id: string) => ({ id }) as RoleAssignmentRow;
const adele = row('adele');
const alex = row('alex');

function renderBlade(shown: RoleAssignmentRow[], selectionKey = '') {
  const grid = { current: null };
  return renderHook((props: { shown: RoleAssignmentRow[]; selectionKey: string }) => useAssignmentsBlade(props.shown, grid, props.selectionKey), {
    initialProps: { shown, selectionKey },
  });
}

describe('useAssignmentsBlade', () => {
  it('keeps only the selected rows still on screen', () => {
    const { result, rerender } = renderBlade([adele, alex]);
    act(() => result.current.table.onSelectionChange(new Set(['adele', 'alex'])));
    expect(result.current.selectedRows).toEqual([adele, alex]);
    rerender({ shown: [alex], selectionKey: '' });
    expect(result.current.selectedRows).toEqual([alex]);
    expect([...result.current.table.selected]).toEqual(['alex']);
  });

  it('starts the selection afresh for another filter or page', () => {
    const { result, rerender } = renderBlade([adele, alex], 'page=1');
    act(() => result.current.table.onSelectionChange(new Set(['adele'])));
    rerender({ shown: [adele, alex], selectionKey: 'page=2' });
    expect(result.current.selectedRows).toEqual([]);
  });

  it('shows the Remove dialog only while something is selected', () => {
    const { result } = renderBlade([adele]);
    act(() => result.current.openRemove());
    expect(result.current.removeDialog.open).toBe(false);
    act(() => result.current.table.onSelectionChange(new Set(['adele'])));
    expect(result.current.removeDialog.open).toBe(true);
  });

  it('closes Remove, clears the selection and announces the outcome once Remove has answered', async () => {
    const { result } = renderBlade([adele]);
    act(() => result.current.table.onSelectionChange(new Set(['adele'])));
    act(() => result.current.openRemove());
    // As a <form action> submits: inside a transition.
    act(() => startTransition(() => result.current.removeDialog.action(new FormData())));
    await waitFor(() => expect(result.current.outcome).toEqual({ ok: true, message: 'Removed Adele Vance.' }));
    expect(result.current.removeDialog.open).toBe(false);
    expect(result.current.selectedRows).toEqual([]);
  });

  it('announces an Add panel outcome in the same place', () => {
    const { result } = renderBlade([adele]);
    act(() => result.current.openAdd());
    expect(result.current.addPanel.open).toBe(true);
    act(() => result.current.addPanel.onCompleted({ ok: true, message: 'Added Alex Wilber.' }));
    expect(result.current.outcome).toEqual({ ok: true, message: 'Added Alex Wilber.' });
  });
});
