'use client';

import {
  makeStyles,
  NavCategory,
  NavCategoryItem,
  NavDrawer,
  NavDrawerBody,
  NavItem,
  NavSubItem,
  NavSubItemGroup,
  tokens,
} from '@fluentui/react-components';
import {
  Apps20Regular,
  DocumentBulletListClock20Regular,
  PeopleTeam20Regular,
  Person20Regular,
  ShieldPerson20Regular,
} from '@fluentui/react-icons';
import { usePathname, useRouter } from 'next/navigation';
import type { MouseEvent, ReactElement } from 'react';
import { directory, navValueForPath, rolesAndAdmins } from './nav-items';

const icons: Record<string, ReactElement> = {
  'app-registrations': <Apps20Regular />,
  groups: <PeopleTeam20Regular />,
  users: <Person20Regular />,
  audit: <DocumentBulletListClock20Regular />,
};

const useStyles = makeStyles({
  drawer: {
    height: 'auto',
    // InlineDrawer caps itself at the viewport; the nav runs the full height of a long blade.
    maxHeight: 'none',
    alignSelf: 'stretch',
    // Its width is fixed: however wide a blade's content, the blade scrolls or wraps, the navigation never narrows.
    flexShrink: 0,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Entra's left navigation. Links are real anchors (they work without JavaScript) that navigate client-side. */
export function LeftNav() {
  const styles = useStyles();
  const pathname = usePathname();
  const router = useRouter();
  const selected = navValueForPath(pathname);

  const follow = (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(href);
  };

  return (
    <NavDrawer
      open
      type="inline"
      className={styles.drawer}
      selectedValue={selected}
      defaultOpenCategories={['roles-and-admins']}
      aria-label="Portal navigation"
    >
      <NavDrawerBody>
        <NavCategory value="roles-and-admins">
          <NavCategoryItem icon={<ShieldPerson20Regular />}>Roles &amp; admins</NavCategoryItem>
          <NavSubItemGroup>
            {rolesAndAdmins.map((item) => (
              <NavSubItem key={item.value} value={item.value} href={item.href} onClick={follow(item.href)}>
                {item.label}
              </NavSubItem>
            ))}
          </NavSubItemGroup>
        </NavCategory>
        {directory.map((item) => (
          <NavItem key={item.value} value={item.value} href={item.href} icon={icons[item.value]} onClick={follow(item.href)}>
            {item.label}
          </NavItem>
        ))}
      </NavDrawerBody>
    </NavDrawer>
  );
}
