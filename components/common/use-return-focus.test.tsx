import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';
import { gridFocusTarget, useReturnFocus } from './use-return-focus';

/**
 * A blade in miniature: Remove opens the confirmation; Yes removes the selected row, which disables Remove (as the
 * blades' cleared selection does) or, with `replaceOnYes`, renders the command bar anew (as a server re-render may)
 * with Remove still available. The grid goes with its last row.
 */
function Blade({ replaceOnYes = false, initialRows = ['Adele Vance', 'Alex Wilber'] }: { replaceOnYes?: boolean; initialRows?: string[] }) {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState(initialRows);
  const [selected, setSelected] = useState<string | null>('Adele Vance');
  const [renders, setRenders] = useState(0);
  const grid = useRef<HTMLDivElement>(null);
  useReturnFocus(open, () => gridFocusTarget(grid.current));
  const yes = () => {
    setRows((current) => current.filter((row) => row !== selected));
    // Rendered anew, Remove stays available (another row selected): only the element is new.
    setSelected(replaceOnYes ? 'Alex Wilber' : null);
    if (replaceOnYes) setRenders((count) => count + 1);
    setOpen(false);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div role="toolbar" aria-label="Commands" key={renders}>
        <Button onClick={() => setOpen(true)} disabledFocusable={selected === null}>Remove</Button>
        <Button>Refresh</Button>
      </div>
      {rows.length === 0 ? <p>No one holds the role.</p> : <div role="grid" aria-label="Assignments" ref={grid}>
        <div role="rowgroup"><div role="row"><span role="columnheader">Name</span></div></div>
        <div role="rowgroup">
          {rows.map((row) => (
            <div role="row" key={row}>
              <span role="gridcell"><input type="checkbox" aria-label={`Select ${row}`} /></span>
              <span role="gridcell" tabIndex={0}>{row}</span>
            </div>
          ))}
        </div>
      </div>}
      <ConfirmDialog open={open} onOpenChange={setOpen} title="Remove assignment" action={yes} pending={false} fields={[]}>
        Do you want to remove {selected}?
      </ConfirmDialog>
    </FluentProvider>
  );
}

async function openWithKeyboard() {
  const user = userEvent.setup();
  screen.getByRole('button', { name: 'Remove' }).focus();
  // Space acts on key up, when nothing follows that could reach the opened dialog's first button.
  await user.keyboard(' ');
  const dialog = await screen.findByRole('alertdialog', { name: 'Remove assignment' });
  await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
  return { user, dialog };
}

describe('useReturnFocus', () => {
  it('returns focus to the command that opened the dialog after Escape', async () => {
    render(<Blade />);
    const { user, dialog } = await openWithKeyboard();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove' })).toHaveFocus());
  });

  it('returns focus to the command after No', async () => {
    render(<Blade />);
    const { user } = await openWithKeyboard();
    await user.click(screen.getByRole('button', { name: 'No' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove' })).toHaveFocus());
  });

  it('sends focus to the grid\u2019s first row when the command is disabled after Yes', async () => {
    render(<Blade />);
    const { user } = await openWithKeyboard();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove' })).toHaveAttribute('aria-disabled', 'true'));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Select Alex Wilber' })).toHaveFocus());
  });

  it('returns focus to the same command when the blade rendered it anew', async () => {
    render(<Blade replaceOnYes />);
    const opener = screen.getByRole('button', { name: 'Remove' });
    const { user } = await openWithKeyboard();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(opener).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove' })).toHaveFocus());
  });

  it('sends focus to another command when the last row went with the grid', async () => {
    render(<Blade initialRows={['Adele Vance']} />);
    const { user } = await openWithKeyboard();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    await screen.findByText('No one holds the role.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toHaveFocus());
  });
});

describe('gridFocusTarget', () => {
  it('picks the first body row\u2019s first control, not the header\u2019s', () => {
    render(
      <div role="grid" aria-label="Roles" data-testid="grid">
        <div role="rowgroup"><div role="row"><span role="columnheader" tabIndex={0}>Role</span></div></div>
        <div role="rowgroup"><div role="row"><span role="gridcell" tabIndex={0}>Helpdesk Administrator</span></div></div>
      </div>,
    );
    expect(gridFocusTarget(screen.getByTestId('grid'))).toBe(screen.getByRole('gridcell'));
  });

  it('passes over Tabster\u2019s focus sentinels', () => {
    render(
      <div role="grid" aria-label="Roles" data-testid="grid">
        <div role="rowgroup"><div role="row"><span role="columnheader" tabIndex={0}>Role</span></div></div>
        <div role="rowgroup">
          <div role="row">
            <i tabIndex={0} data-tabster-dummy="" aria-hidden />
            <span role="gridcell" tabIndex={0}>Helpdesk Administrator</span>
          </div>
        </div>
      </div>,
    );
    expect(gridFocusTarget(screen.getByTestId('grid'))).toBe(screen.getByRole('gridcell'));
  });

  it('falls back to the header when the grid has no rows', () => {
    render(
      <div role="grid" aria-label="Roles" data-testid="grid">
        <div role="rowgroup"><div role="row"><span role="columnheader" tabIndex={0}>Role</span></div></div>
        <div role="rowgroup" />
      </div>,
    );
    expect(gridFocusTarget(screen.getByTestId('grid'))).toBe(screen.getByRole('columnheader'));
  });
});
