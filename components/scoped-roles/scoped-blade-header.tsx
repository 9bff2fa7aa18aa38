'use client';

import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { Info20Regular, PersonKey20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { BladeHeader, type Crumb } from '@/components/shell/blade-header';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export type ScopedBladeTab = 'overview' | 'roles';

/**
 * An administrative unit's or an app registration's blade chrome: "Home > Administrative units > Seattle", the title
 * "Seattle | Roles and administrators", and the Overview and Roles and administrators tabs, each its own URL.
 */
export function ScopedBladeHeader({ section, listCrumb, name, basePath, selected, description, children }: {
  /** e.g. "Administrative units" → its list. */
  listCrumb: Crumb;
  name: string;
  /** "/admin-units/{id}" or "/app-registrations/{id}". */
  basePath: string;
  selected: ScopedBladeTab;
  section: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const router = useRouter();
  const tabs = [
    { value: 'overview' as const, label: 'Overview', href: basePath, icon: <Info20Regular /> },
    { value: 'roles' as const, label: 'Roles and administrators', href: `${basePath}/roles`, icon: <PersonKey20Regular /> },
  ];
  useEffect(() => {
    for (const tab of tabs) router.prefetch(tab.href);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basePath, router]);
  return (
    <>
      <BladeHeader
        crumbs={[listCrumb, ...(selected === 'overview' ? [{ label: name }] : [{ label: name, href: basePath }, { label: 'Roles and administrators' }])]}
        title={name}
        section={section}
        description={description}
      >
        {children}
      </BladeHeader>
      <nav aria-label={`${name} sections`} className={styles.tabs}>
        <TabList
          selectedValue={selected}
          onTabSelect={(_, data) => {
            const tab = tabs.find((t) => t.value === data.value);
            if (tab && tab.value !== selected) router.push(tab.href);
          }}
        >
          {tabs.map((tab) => (
            <Tab key={tab.value} value={tab.value} icon={tab.icon}>
              {tab.label}
            </Tab>
          ))}
        </TabList>
      </nav>
    </>
  );
}
