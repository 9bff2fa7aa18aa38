'use client';

import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { DocumentText20Regular, People20Regular } from '@fluentui/react-icons';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactElement } from 'react';
import { BladeHeader } from '@/components/shell/blade-header';
import type { RoleSummary } from '@/lib/views/role-blade';
import { PrivilegedBadge } from '@/components/roles/privileged-badge';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

type TabValue = 'assignments' | 'description';

/**
 * The role blade's chrome, as Entra draws it: "Home > Roles and administrators > {role}", the title
 * "{role} | Assignments", and the Assignments and Description tabs. Each tab has its own URL (a reload or a shared
 * link opens the same tab); Fluent's Tab is a button, so selecting one navigates through the router.
 */
export function RoleBladeHeader({ role }: { role: RoleSummary }) {
  const styles = useStyles();
  const pathname = usePathname();
  const router = useRouter();
  const base = `/roles/${role.id}`;
  const selected: TabValue = pathname.endsWith('/description') ? 'description' : 'assignments';
  const tabs: { value: TabValue; label: string; href: string; icon: ReactElement }[] = [
    { value: 'assignments', label: 'Assignments', href: base, icon: <People20Regular /> },
    { value: 'description', label: 'Description', href: `${base}/description`, icon: <DocumentText20Regular /> },
  ];
  useEffect(() => {
    for (const tab of tabs) router.prefetch(tab.href);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, router]);
  return (
    <>
      <BladeHeader
        crumbs={[{ label: 'Roles and administrators', href: '/roles' }, { label: role.displayName }]}
        title={role.displayName}
        section={selected === 'description' ? 'Description' : 'Assignments'}
      >
        {role.privileged || !role.isBuiltIn ? (
          <div className={styles.badges}>
            {role.privileged ? <PrivilegedBadge size="medium" /> : null}
            {!role.isBuiltIn ? <span>Custom role</span> : null}
          </div>
        ) : null}
      </BladeHeader>
      <nav aria-label="Role blade sections" className={styles.tabs}>
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
