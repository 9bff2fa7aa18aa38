'use client';

import { useEffect, useEffectEvent, useState } from 'react';

/** Where focus goes when the control that opened a panel or dialog is gone or disabled (the blade's grid, say). */
export type FocusFallback = () => HTMLElement | null | undefined;

// Fluent's Dialog and OverlayDrawer keep focus, and their focus trap, while they animate out: focus moved to the
// blade before they are gone would be pulled back in, then dropped to <body> when they unmount.
const overlay = '[role="dialog"], [role="alertdialog"]';
// Long enough for the exit animation and the blade's re-render after a change, short enough never to surprise.
const settleMs = 3000;
// What can take focus in a grid row or a command bar; not Tabster's focus sentinels (<i data-tabster-dummy>), which
// pass focus on to wherever Tabster's arrow-key groups last had it.
const control = ':is(input, button, a[href], [tabindex="0"]):not(:disabled, [aria-disabled="true"], [data-tabster-dummy])';

/** The control focus came from, with what finds it again if the server's re-render replaces it: its command bar's name and its own. */
type Opener = { element: HTMLElement; commandBar: string | null; name: string };

function canTakeFocus(element: HTMLElement | null | undefined): element is HTMLElement {
  return element != null && element.isConnected && element !== element.ownerDocument.body &&
    !element.matches(':disabled, [aria-disabled="true"]') && element.closest(`[hidden], [inert], ${overlay}`) === null;
}

function focusedOpener(): Opener | null {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (!(active instanceof HTMLElement) || active === active.ownerDocument.body) return null;
  return { element: active, commandBar: active.closest('[role="toolbar"]')?.getAttribute('aria-label') ?? null, name: active.textContent ?? '' };
}

/** The opener's command bar as the page has it now, which may be a new element. */
function commandBarOf(opener: Opener | null): HTMLElement | null {
  if (!opener || opener.commandBar === null) return null;
  const bars = opener.element.ownerDocument.querySelectorAll<HTMLElement>('[role="toolbar"]');
  return [...bars].find((bar) => bar.getAttribute('aria-label') === opener.commandBar) ?? null;
}

/**
 * Sends keyboard focus back where it came from once a panel or dialog has closed: to the element that had focus when
 * `open` became true (the command that opened it) or the one the server's re-render put in its place; when that
 * command is gone or disabled (Remove once its selection is removed), to `fallback()`, else to another command in
 * the same command bar. Fluent restores focus only through Tabster's restorer, to the last focused DialogTrigger or
 * `useRestoreFocusTarget` element, and only while it is still in the page: a disabled Remove would get it back.
 */
export function useReturnFocus(open: boolean, fallback: FocusFallback): void {
  const [state, setState] = useState({ open, opener: null as Opener | null, closes: 0 });
  // Read while rendering the opening, before the panel or dialog has moved focus into itself.
  if (state.open !== open) {
    setState(open ? { open, opener: focusedOpener(), closes: state.closes } : { ...state, open, closes: state.closes + 1 });
  }

  const target = useEffectEvent((): HTMLElement | null => {
    const { opener } = state;
    const commands = () => [...(commandBarOf(opener)?.querySelectorAll<HTMLElement>(control) ?? [])];
    const candidates = [
      () => opener?.element,
      // The same command, rendered anew by the blade's re-read after the change.
      () => commands().find((command) => command.textContent === opener?.name),
      fallback,
      // No grid left (its last row removed): the first command that can act, in the opener's command bar.
      () => commands()[0],
    ];
    for (const candidate of candidates) {
      const element = candidate();
      if (canTakeFocus(element)) return element;
    }
    return null;
  });

  useEffect(() => {
    if (open || state.closes === 0) return;
    const deadline = performance.now() + settleMs;
    let left = false;
    let restored: HTMLElement | null = null;
    let frame = 0;
    const step = () => {
      const active = document.activeElement;
      const lost = !active || active === document.body;
      if (!left) {
        // Modal until it is gone, so whatever holds focus once it has gone was not the admin's choice (Tabster may
        // have put it on a menu trigger focused long before): it goes back where the admin came from.
        if (!active?.closest(overlay)) {
          left = true;
          restored = target();
          if (restored && restored !== active) restored.focus();
        }
      } else if (lost && !restored?.isConnected) {
        // The blade re-rendered after the change and replaced the element focus went back to, or had not shown its
        // grid yet.
        restored = target();
        restored?.focus();
      }
      if (performance.now() < deadline) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [open, state.closes]);
}

/**
 * Where focus goes in a grid that has lost the control focus came from: the first row's first control (its
 * checkbox, or its first cell: Fluent's DataGrid moves between cells with the arrow keys), else the header's.
 */
export function gridFocusTarget(grid: HTMLElement | null | undefined): HTMLElement | null {
  if (!grid) return null;
  const rowGroups = grid.querySelectorAll('[role="rowgroup"]');
  const body = rowGroups[rowGroups.length - 1];
  return body?.querySelector<HTMLElement>(`[role="row"] ${control}`) ?? grid.querySelector<HTMLElement>(`[role="row"] ${control}`);
}
