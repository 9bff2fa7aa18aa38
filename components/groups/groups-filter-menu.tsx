'use client';

import { MenuItemCheckbox, MenuList, MenuPopover } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { MenuOnTarget } from '@/components/common/menu-on-target';

/** All groups' "Add filters" menu, loaded when the admin first reaches its button (groups-commands.tsx). */
export function GroupsFilterMenu({ roleAssignable, onChange, ...props }: {
  target: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  roleAssignable: boolean;
  onChange: (roleAssignable: boolean) => void;
}) {
  return (
    <MenuOnTarget
      {...props}
      checkedValues={{ show: roleAssignable ? ['roleAssignable'] : [] }}
      onCheckedValueChange={(_, data) => onChange(data.checkedItems.includes('roleAssignable'))}
    >
      <MenuPopover>
        <MenuList>
          <MenuItemCheckbox name="show" value="roleAssignable">Role assignable</MenuItemCheckbox>
        </MenuList>
      </MenuPopover>
    </MenuOnTarget>
  );
}
