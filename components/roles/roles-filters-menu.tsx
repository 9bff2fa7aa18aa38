'use client';

import { MenuGroup, MenuGroupHeader, MenuItemCheckbox, MenuItemRadio, MenuList, MenuPopover, type MenuProps } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { MenuOnTarget } from '@/components/common/menu-on-target';

/** All roles' "Add filters" menu, loaded when the admin first reaches its button (roles-filters.tsx). */
export function RolesFiltersMenu(props: {
  target: RefObject<HTMLButtonElement | null>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  checkedValues: MenuProps['checkedValues'];
  onCheckedValueChange: MenuProps['onCheckedValueChange'];
}) {
  return (
    <MenuOnTarget {...props}>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Type</MenuGroupHeader>
            <MenuItemRadio name="type" value="all">All types</MenuItemRadio>
            <MenuItemRadio name="type" value="builtIn">Built-in</MenuItemRadio>
            <MenuItemRadio name="type" value="custom">Custom</MenuItemRadio>
          </MenuGroup>
          <MenuGroup>
            <MenuGroupHeader>Show only</MenuGroupHeader>
            <MenuItemCheckbox name="show" value="privileged">Privileged roles</MenuItemCheckbox>
            <MenuItemCheckbox name="show" value="assigned">Roles with assignments</MenuItemCheckbox>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </MenuOnTarget>
  );
}
