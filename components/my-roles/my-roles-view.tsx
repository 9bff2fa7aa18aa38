'use client';

import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useActionState, useState } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { GraphRequestPreview } from '@/components/graph-preview/graph-request-preview';
import type { ActionResult } from '@/lib/actions/action-result';
import { cancelScheduleRequestPlan, scheduleRequestPlan } from '@/lib/graph/schedule-request-plans';
import { deactivationRequest } from '@/lib/roles/pim-activation-request';
import { pimDateText, pimTabLabels } from '@/lib/roles/pim-labels';
import { ActivatePanel } from './activate-panel';
import { cancelActivationRequest, deactivateRole } from './activation-actions';
import type { ActivationSettings } from './activation-rules';
import { activeRows, eligibleRows, requestRows, type ActiveRow, type EligibleRow, type MyRolesData, type RequestRow } from './my-pim-rows';
import { ActiveTable, EligibleTable, RequestsTable } from './my-pim-tables';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  empty: { paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
  intro: { display: 'block', marginBlockEnd: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
});

const TABS = ['eligible', 'active', 'requests'] as const;
type MyRolesTab = (typeof TABS)[number];
const tabLabels: Record<MyRolesTab, string> = { eligible: pimTabLabels.eligible, active: pimTabLabels.active, requests: 'Requests' };
const isTab = (value: string | null): value is MyRolesTab => TABS.some((tab) => tab === value);

const intros: Record<MyRolesTab, string> = {
  eligible: 'Roles you may activate when you need them: select Activate, say why and for how long.',
  active: 'The roles you hold now, directly or through a role-assignable group, and until when.',
  requests: 'Your own activation and deactivation requests, newest first, with what Microsoft Graph did with each.',
};

/**
 * My roles, as Entra's PIM My roles: Eligible assignments (Activate), Active assignments (Deactivate on your own
 * activations) and Requests (Cancel while one waits for its start). Opens on Eligible when there is something to
 * activate, else on Active; the tab is kept in the URL (`?tab=`). Every change is answered in the bar below the tabs,
 * and the lists are read again (the actions revalidate /my-roles; `router.refresh` for the cancel that names no blade).
 */
export function MyRolesView({ data, settings, now }: { data: MyRolesData; settings: Record<string, ActivationSettings>; now: number }) {
  const styles = useStyles();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const eligible = eligibleRows(data, now);
  const active = activeRows(data, now);
  const requests = requestRows(data);
  const fromUrl = searchParams.get('tab');
  const [tab, setTab] = useState<MyRolesTab>(isTab(fromUrl) ? fromUrl : eligible.length ? 'eligible' : 'active');
  const [activating, setActivating] = useState<EligibleRow | null>(null);
  const [deactivating, setDeactivating] = useState<ActiveRow | null>(null);
  const [cancelling, setCancelling] = useState<RequestRow | null>(null);
  const [announced, setAnnounced] = useState<ActionResult | null>(null);

  const settle = (outcome: ActionResult) => {
    setAnnounced(outcome);
    setDeactivating(null);
    setCancelling(null);
    router.refresh();
    return outcome;
  };
  const [, deactivate, deactivatePending] = useActionState(async (previous: ActionResult | null, form: FormData) => settle(await deactivateRole(previous, form)), null);
  const [, cancel, cancelPending] = useActionState(async (previous: ActionResult | null, form: FormData) => settle(await cancelActivationRequest(previous, form)), null);

  const select = (next: MyRolesTab) => {
    setTab(next);
    window.history.replaceState(null, '', `${pathname}?tab=${next}`);
  };
  const counts: Record<MyRolesTab, number> = { eligible: eligible.length, active: active.length, requests: requests.length };

  return (
    <>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, value) => select(value.value as MyRolesTab)} aria-label="My roles">
        {TABS.map((value) => <Tab key={value} value={value}>{`${tabLabels[value]} (${counts[value]})`}</Tab>)}
      </TabList>
      <ActionResultBar result={announced} />
      <Text className={styles.intro} size={200}>{intros[tab]}</Text>
      {tab === 'eligible' ? (
        eligible.length ? <EligibleTable rows={eligible} onActivate={setActivating} /> : <Text className={styles.empty} block>You aren&apos;t eligible for any role. An administrator can make you eligible for one in Privileged Identity Management.</Text>
      ) : tab === 'active' ? (
        active.length ? <ActiveTable rows={active} onDeactivate={setDeactivating} /> : <Text className={styles.empty} block>You don&apos;t hold any directory roles.</Text>
      ) : requests.length ? (
        <RequestsTable rows={requests} onCancel={setCancelling} />
      ) : (
        <Text className={styles.empty} block>You haven&apos;t made any activation requests.</Text>
      )}

      <ActivatePanel
        row={activating}
        settings={activating ? settings[activating.roleDefinitionId] : undefined}
        userId={data.userId}
        onClose={() => setActivating(null)}
        onDone={(outcome) => {
          setActivating(null);
          settle(outcome);
        }}
      />
      {deactivating ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => { if (!open) setDeactivating(null); }}
          title="Deactivate role"
          action={deactivate}
          pending={deactivatePending}
          pendingLabel={'Deactivating\u2026'}
          fields={[['roleDefinitionId', deactivating.roleId], ['directoryScopeId', deactivating.directoryScopeId ?? '/'], ['roleName', deactivating.roleName]]}
          startActions={
            <GraphRequestPreview
              requests={() => [scheduleRequestPlan('assignment', deactivationRequest(data.userId, { roleDefinitionId: deactivating.roleId, directoryScopeId: deactivating.directoryScopeId ?? '/' }))]}
              actionLabel="Yes"
              emptyMessage="Nothing to send."
            />
          }
        >
          <Text>
            {`Deactivate ${deactivating.roleName} at ${deactivating.scopeKindLabel === 'Directory' ? 'Directory' : deactivating.scopeName}? It is active until ${pimDateText(deactivating.endDateTime)}; you can activate it again while you are eligible.`}
          </Text>
        </ConfirmDialog>
      ) : null}
      {cancelling ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => { if (!open) setCancelling(null); }}
          title="Cancel request"
          action={cancel}
          pending={cancelPending}
          pendingLabel={'Cancelling\u2026'}
          fields={[['requestId', cancelling.id], ['roleName', cancelling.roleName]]}
          startActions={<GraphRequestPreview requests={() => [cancelScheduleRequestPlan('assignment', cancelling.id)]} actionLabel="Yes" emptyMessage="Nothing to send." />}
        >
          <Text>{`Cancel your request to ${cancelling.action.toLowerCase()} ${cancelling.roleName}${cancelling.startDateTime ? ` from ${pimDateText(cancelling.startDateTime)}` : ''}? It won\u2019t take effect.`}</Text>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
