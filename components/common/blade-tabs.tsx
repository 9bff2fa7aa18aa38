'use client';

import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { BladeHeader, type Crumb } from '@/components/shell/blade-header';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export type BladeTab = { label: string; href: string; icon: ReactElement };

/**
 * An object blade's chrome (a group's, a user's): breadcrumb, "{name} | {section}" and one tab per section, each
 * with its own URL so a reload or a shared link opens the same section.
 */
export function BladeTabs({ crumbs, title, tabs, label, pages = [], children }: {
  crumbs: Crumb[];
  title: string;
  tabs: BladeTab[];
  label: string;
  /** Pages of the blade that have no tab (a role's Edit): their own section name, and no tab selected. */
  pages?: Array<{ href: string; label: string }>;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const pathname = usePathname();
  const router = useRouter();
  // The longest tab path that the current path starts with: /groups/{id}/members selects Members, not Overview.
  const page = pages.find((item) => pathname === item.href);
  const selected = page ? undefined : ([...tabs].sort((a, b) => b.href.length - a.href.length).find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`)) ?? tabs[0]);
  useEffect(() => {
    for (const tab of tabs) router.prefetch(tab.href);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabs.map((tab) => tab.href).join(), router]);
  return (
    <>
      <BladeHeader crumbs={crumbs} title={title} section={page?.label ?? selected?.label}>
        {children}
      </BladeHeader>
      <nav aria-label={label} className={styles.tabs}>
        <TabList
          selectedValue={selected?.href ?? null}
          onTabSelect={(_, data) => {
            if (data.value !== selected?.href) router.push(String(data.value));
          }}
        >
          {tabs.map((tab) => (
            <Tab key={tab.href} value={tab.href} icon={tab.icon}>
              {tab.label}
            </Tab>
          ))}
        </TabList>
      </nav>
    </>
  );
}
