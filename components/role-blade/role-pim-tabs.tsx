'use client';

import { makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { usePathname, useSearchParams } from 'next/navigation';
import { lazy, Suspense, useActionState, useState } from 'react';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import type { ActionResult } from '@/lib/actions/action-result';
import { PIM_TABS, pimTabLabels, type PimAction, type PimTab } from '@/lib/roles/pim-labels';
import type { PimRow } from '@/lib/roles/pim-rows';
import type { ScopeOption } from '@/lib/roles/scope-kinds';
import type { RoleAssignmentsView, RoleSummary } from '@/lib/views/role-blade';
import type { PimTabRead, RolePimView } from '@/lib/views/role-pim';
import { AssignmentsBlade } from './assignments-blade';
import { PimAssignmentsTable } from './pim-assignments-table';
import type { PimChangeTarget } from './pim-change-dialog';
import { changePimAssignment } from './pim-actions';

// The row actions' dialog (its fields, Fluent's Dialog and the Graph request preview) loads on the first Update,
// Remove, Extend or Renew: most visits never open it, and it weighed about 30 kB gzip on the blade's first load.
const PimChangeDialog = lazy(() => import('./pim-change-dialog').then((module) => ({ default: module.PimChangeDialog })));

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalS },
  empty: { paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
});

const isTab = (value: string | null): value is PimTab => PIM_TABS.some((tab) => tab === value);

/**
 * The role's assignments as PIM lists them: Eligible, Active (today's list, with start, end and state) and Expired.
 * All three are read with the page; switching is in the browser and kept in the URL (`?tab=`).
 */
export function RolePimTabs({ role, view, pim, scopeOptions, managingPeers }: {
  role: RoleSummary;
  view: RoleAssignmentsView;
  pim: RolePimView;
  scopeOptions: ScopeOption[];
  managingPeers: number | null;
}) {
  const styles = useStyles();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const fromUrl = searchParams.get('tab');
  const [tab, setTab] = useState<PimTab>(isTab(fromUrl) ? fromUrl : 'active');
  const admin = useSignedInAdmin();
  const canManage = admin.canManageRoleAssignments;
  const [target, setTarget] = useState<PimChangeTarget | null>(null);
  const [result, action, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const outcome = await changePimAssignment(previous, form);
    setTarget(null);
    return outcome;
  }, null);
  const onAction = (row: PimRow, chosen: PimAction) => setTarget({ row, action: chosen });

  const select = (next: PimTab) => {
    setTab(next);
    const query = new URLSearchParams(next === 'active' ? '' : `tab=${next}`).toString();
    window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
  };

  return (
    <>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => select(data.value as PimTab)} aria-label="Assignment states">
        {PIM_TABS.map((value) => (
          <Tab key={value} value={value}>
            {pimTabLabels[value]}
            {value === 'active' ? (view.mode === 'complete' ? ` (${view.rows.length})` : '') : pim[value].ok ? ` (${pim[value].rows.length})` : ''}
          </Tab>
        ))}
      </TabList>
      <ActionResultBar result={result} />
      {tab === 'active' ? (
        <AssignmentsBlade role={role} view={view} scopeOptions={scopeOptions} managingPeers={managingPeers} pim={{ facts: pim.activeFacts, onAction }} />
      ) : (
        <PimTabContent read={pim[tab]} tab={tab} roleName={role.displayName} onAction={onAction} canManage={canManage} />
      )}
      {target ? (
        <Suspense fallback={null}>
          <PimChangeDialog key={`${target.row.id}-${target.action}`} target={target} roleName={role.displayName} onClose={() => setTarget(null)} action={action} pending={pending} />
        </Suspense>
      ) : null}
    </>
  );
}

function PimTabContent({ read, tab, roleName, onAction, canManage }: {
  read: PimTabRead;
  tab: Exclude<PimTab, 'active'>;
  roleName: string;
  onAction: (row: PimRow, action: PimAction) => void;
  canManage: boolean;
}) {
  const styles = useStyles();
  if (!read.ok) {
    return (
      <MessageBar intent={read.denied ? 'info' : 'error'} layout="multiline">
        <MessageBarBody>{read.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (read.rows.length === 0) {
    return <Text className={styles.empty} block>{tab === 'eligible' ? `No one is eligible for ${roleName}.` : `No assignment of ${roleName} expired in the last 30 days.`}</Text>;
  }
  return <PimAssignmentsTable items={read.rows} label={`${pimTabLabels[tab]} of ${roleName}`} onAction={onAction} canManage={canManage} />;
}
