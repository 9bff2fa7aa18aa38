'use client';

import {
  Avatar,
  createTableColumn,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  ToolbarButton,
  ToolbarDivider,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { Add20Regular, AppGeneric20Regular, ArrowClockwise20Regular, Delete20Regular, People20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState, useTransition } from 'react';
import { CommandBar } from '@/components/common/command-bar';
import { useSignedInAdmin } from '@/components/auth/signed-in-admin-context';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { ConfirmDialog } from '@/components/common/confirm-dialog';
import { onDemand } from '@/components/common/on-demand';
import { AppLink } from '@/components/common/app-link';
import { GuardedToolbarButton } from '@/components/common/guarded-toolbar-button';
import { ListGrid } from '@/components/list/list-grid';
import { useChangeOutcomes } from '@/components/common/use-change-outcomes';
import { gridFocusTarget, useReturnFocus } from '@/components/common/use-return-focus';
import { directoryObjectKindLabels } from '@/lib/graph/directory-object-kinds';
import { membershipChangeRefusal } from '@/lib/roles/group-rules';
import type { GroupMemberRow, GroupSummary } from '@/lib/views/groups';
import { removeGroupMembers } from './actions';
import { countOf, formatCount } from '@/lib/format/count';

const AddMembersPanel = onDemand(() => import('./add-members-panel').then((module) => module.AddMembersPanel));

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalS },
  summary: { marginBlock: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  empty: { paddingBlock: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground2 },
});

const kindLabels: Record<GroupMemberRow['kind'], string> = { ...directoryObjectKindLabels, other: 'Other' };

function NameCell({ row }: { row: GroupMemberRow }) {
  const styles = useStyles();
  const avatar = row.kind === 'user' ? <Avatar size={28} name={row.displayName} color="colorful" aria-hidden />
    : <Avatar size={28} shape="square" icon={row.kind === 'group' ? <People20Regular /> : <AppGeneric20Regular />} color="steel" aria-hidden />;
  return (
    <span className={styles.name}>
      {avatar}
      {row.kind === 'user' ? <AppLink href={`/users/${row.id}`}>{row.displayName}</AppLink>
        : row.kind === 'group' ? <AppLink href={`/groups/${row.id}`}>{row.displayName}</AppLink>
        : <Text>{row.displayName}</Text>}
    </span>
  );
}

const columns: TableColumnDefinition<GroupMemberRow>[] = [
  createTableColumn<GroupMemberRow>({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <NameCell row={row} /> }),
  createTableColumn<GroupMemberRow>({ columnId: 'kind', renderHeaderCell: () => 'Type', renderCell: (row) => kindLabels[row.kind] }),
  createTableColumn<GroupMemberRow>({
    columnId: 'detail',
    renderHeaderCell: () => 'User principal name or app ID',
    renderCell: (row) => row.detail ?? '',
  }),
  createTableColumn<GroupMemberRow>({ columnId: 'userType', renderHeaderCell: () => 'User type', renderCell: (row) => row.userType ?? '' }),
];

const memberSizing = {
  name: { minWidth: 200, idealWidth: 280 },
  kind: { minWidth: 120, idealWidth: 150 },
  detail: { minWidth: 260, idealWidth: 340 },
  userType: { minWidth: 100, idealWidth: 120 },
};

/** A group's Members: who is in it, with Add members and Remove (each refused with its reason when not allowed). */
export function GroupMembers({ group, members }: { group: GroupSummary; members: GroupMemberRow[] }) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [addOpen, setAddOpen] = useState(false);
  const [removeOpen, setRemoveOpen] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const { outcome, announce, removeAction, removing } = useChangeOutcomes(removeGroupMembers, (removed) => {
    setRemoveOpen(false);
    if (removed.ok) setSelected(new Set());
  });
  const refusal = membershipChangeRefusal(group, admin);
  const existingIds = useMemo(() => new Set(members.map((m) => m.id)), [members]);
  const selectedRows = members.filter((m) => selected.has(m.id));
  const removeShown = removeOpen && selectedRows.length > 0;
  const grid = useRef<HTMLDivElement>(null);
  const toGrid = () => gridFocusTarget(grid.current);
  useReturnFocus(addOpen, toGrid);
  useReturnFocus(removeShown, toGrid);

  return (
    <>
      <CommandBar label="Member commands">
        <GuardedToolbarButton icon={<Add20Regular />} onClick={() => setAddOpen(true)} preload={AddMembersPanel.preload} disabledReason={refusal}>
          Add members
        </GuardedToolbarButton>
        <GuardedToolbarButton
          icon={<Delete20Regular />}
          onClick={() => setRemoveOpen(true)}
          disabledReason={refusal ?? (selectedRows.length === 0 ? 'Select one or more members to remove.' : null)}
        >
          {selectedRows.length > 1 ? `Remove members (${formatCount(selectedRows.length)})` : 'Remove member'}
        </GuardedToolbarButton>
        <ToolbarDivider />
        <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={refreshing} onClick={() => startRefresh(() => router.refresh())}>
          Refresh
        </ToolbarButton>
      </CommandBar>

      <div className={styles.notes}>
        {group.isAssignableToRole ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              This group can be assigned roles: its members hold every role it is assigned. It can contain users and service principals, not groups.
              Changing its members needs the Privileged Role Administrator or Global Administrator role.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {refusal && !group.isAssignableToRole ? (
          <MessageBar intent="info" layout="multiline"><MessageBarBody>{refusal}</MessageBarBody></MessageBar>
        ) : null}
        {refusal && group.isAssignableToRole && !admin.canManageRoleAssignments ? (
          <Text className={styles.muted}>You can see the members, but not change them.</Text>
        ) : null}
      </div>

      <ActionResultBar result={outcome} />
      <Text block className={styles.summary} role="status">
        {`${countOf(members.length, 'member', 'members')}${selectedRows.length ? ` \u00b7 ${formatCount(selectedRows.length)} selected` : ''}`}
      </Text>

      {members.length === 0 ? (
        <Text block className={styles.empty}>This group has no members.{refusal ? '' : ' Select Add members to add some.'}</Text>
      ) : (
        <ListGrid
          ref={grid}
          items={members}
          columns={columns}
          getRowId={(row) => row.id}
          label={`Members of ${group.displayName}`}
          columnSizingOptions={memberSizing}
          selection={refusal ? undefined : {
            selected,
            onChange: setSelected,
            allLabel: 'Select all members',
            rowLabel: (row) => `Select ${row.displayName}`,
          }}
        />
      )}

      {refusal ? null : (
        <>
          <AddMembersPanel
            group={group}
            existingIds={existingIds}
            open={addOpen}
            onOpenChange={setAddOpen}
            onCompleted={announce}
          />
          <ConfirmDialog
            open={removeShown}
            onOpenChange={setRemoveOpen}
            title={selectedRows.length === 1 ? 'Remove member' : `Remove ${formatCount(selectedRows.length)} members`}
            action={removeAction}
            pending={removing}
            fields={[['groupId', group.id], ...selectedRows.flatMap((row) => [['memberId', row.id], ['memberName', row.displayName]] as const)]}
          >
            <Text block>Do you want to remove {selectedRows.length === 1 ? 'this member' : 'these members'} from <strong>{group.displayName}</strong>?</Text>
            <ul className={styles.list} aria-label="Members to remove">
              {selectedRows.map((row) => <li key={row.id}>{row.displayName}{row.detail ? ` (${row.detail})` : ''}</li>)}
            </ul>
            {group.isAssignableToRole ? (
              <Text block className={styles.muted}>They lose every role this group is assigned.</Text>
            ) : null}
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
