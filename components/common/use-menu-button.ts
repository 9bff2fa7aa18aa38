'use client';

import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * The button of a menu whose code loads on demand (components/common/on-demand.tsx, MenuOnTarget): it carries the
 * menu-button semantics a MenuTrigger would give it (aria-haspopup, aria-expanded, Enter, Space and ArrowDown
 * open), and starts loading the menu when the pointer or focus reaches it.
 */
export function useMenuButton(preload: () => void) {
  const [open, setOpen] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  const buttonProps = {
    ref: target,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    onPointerEnter: preload,
    onFocus: preload,
    onClick: () => setOpen((was) => !was),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown') return;
      event.preventDefault();
      setOpen(true);
    },
  };
  return { open, setOpen, target, buttonProps };
}
