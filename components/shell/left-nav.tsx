'use client';

import {
  makeStyles,
  Nav,
  NavCategory,
  NavCategoryItem,
  NavItem,
  NavSubItem,
  NavSubItemGroup,
  tokens,
  useArrowNavigationGroup,
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

// Nav in a plain column styled as NavDrawer + NavDrawerBody looked (inline, 260px, Nav's background): NavDrawer
// would bring Fluent's Drawer (and its Dialog and motion) into every page for a panel that never closes.
const useStyles = makeStyles({
  drawer: {
    boxSizing: 'border-box',
    width: '260px',
    maxWidth: '100vw',
    position: 'relative',
    overflow: 'hidden',
    alignSelf: 'stretch',
    // Its width is fixed: however wide a blade's content, the blade scrolls or wraps, the navigation never narrows.
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    flexGrow: 1,
    position: 'relative',
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `calc(${tokens.spacingHorizontalXXL} + 1px) ${tokens.spacingHorizontalXS} calc(${tokens.spacingHorizontalXXL} + 1px) ${tokens.spacingHorizontalMNudge}`,
  },
});

/** Entra's left navigation. Links are real anchors (they work without JavaScript) that navigate client-side. */
export function LeftNav() {
  const styles = useStyles();
  const pathname = usePathname();
  const router = useRouter();
  const selected = navValueForPath(pathname);
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', circular: true, tabbable: false });

  const follow = (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(href);
  };

  return (
    <Nav
      role="navigation"
      className={styles.drawer}
      selectedValue={selected}
      defaultOpenCategories={['roles-and-admins']}
      aria-label="Portal navigation"
    >
      <div className={styles.body} {...arrowKeys}>
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
      </div>
    </Nav>
  );
}
