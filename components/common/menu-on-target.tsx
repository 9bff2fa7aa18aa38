'use client';

import { Menu, type MenuProps } from '@fluentui/react-components';
import type { RefObject } from 'react';

/**
 * Fluent's Menu anchored to a button rendered outside it (useMenuButton), so the Menu's code can load on demand
 * while the button is there from the first paint. It behaves as with a MenuTrigger: a click on the button toggles
 * it, Escape and Tab give focus back to the button.
 */
export function MenuOnTarget({ target, open, onOpenChange, align = 'start', ...props }: Omit<MenuProps, 'open' | 'onOpenChange'> & {
  target: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  align?: 'start' | 'end';
}) {
  return (
    <Menu
      {...props}
      open={open}
      positioning={{ target: target.current, position: 'below', align }}
      onOpenChange={(event, data) => {
        // A click on the button is the button's own toggle, not a click outside the menu.
        if (!data.open && data.type === 'clickOutside' && target.current?.contains(event.target as Node)) return;
        onOpenChange(data.open);
        if (!data.open && data.type === 'menuPopoverKeyDown') target.current?.focus();
      }}
    />
  );
}
