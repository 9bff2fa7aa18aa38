'use client';

import {
  Avatar,
  Badge,
  createTableColumn,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { Laptop20Regular, People20Regular } from '@fluentui/react-icons';
import NextLink from 'next/link';
import { useMemo } from 'react';
import { ListGrid } from '@/components/list/list-grid';
import { InBrowserSearch } from '@/components/list/in-browser-search';
import { useListStyles } from '@/components/list/list-styles';
import { PropertyList } from '@/components/common/property-list';
import { matchesSearch, useUrlSearch } from '@/components/list/use-url-search';
import type { UnitMemberRow, UnitMemberType } from '@/lib/views/admin-units';
import { countOf, formatCount } from '@/lib/format/count';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalXL },
  heading: { margin: 0 },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const typeLabels: Record<UnitMemberType, string> = { user: 'User', group: 'Group', device: 'Device', other: 'Other' };

function typeText(row: UnitMemberRow): string {
  return row.type === 'user' && row.userType === 'Guest' ? 'Guest user' : typeLabels[row.type];
}

function MemberCell({ row }: { row: UnitMemberRow }) {
  const styles = useStyles();
  const list = useListStyles();
  const avatar =
    row.type === 'group' ? <Avatar size={28} shape="square" icon={<People20Regular />} color="brand" aria-hidden />
    : row.type === 'device' ? <Avatar size={28} shape="square" icon={<Laptop20Regular />} color="steel" aria-hidden />
    : <Avatar size={28} name={row.displayName} color="colorful" aria-hidden />;
  return (
    <span className={styles.name}>
      {avatar}
      <span className={list.cellLines}>
        <span className={styles.title}>
          {row.type === 'group' ? (
            <NextLink className={list.link} href={`/groups/${row.id}`}>{row.displayName}</NextLink>
          ) : (
            <Text weight="semibold">{row.displayName}</Text>
          )}
          {row.userType === 'Guest' ? <Badge appearance="outline" size="small">Guest</Badge> : null}
        </span>
        {row.secondary ? <Text size={200} className={`${list.muted} ${list.clamp}`}>{row.secondary}</Text> : null}
      </span>
    </span>
  );
}

const columns: TableColumnDefinition<UnitMemberRow>[] = [
  createTableColumn({ columnId: 'name', renderHeaderCell: () => 'Name', renderCell: (row) => <MemberCell row={row} /> }),
  createTableColumn({ columnId: 'type', renderHeaderCell: () => 'Type', renderCell: typeText }),
];

/** A unit's Overview: its properties, and its direct members (what a role scoped to the unit covers). */
export function UnitOverview({ unit, members, initialSearch }: {
  unit: { id: string; displayName: string; description: string; visibility: string | null };
  members: UnitMemberRow[];
  initialSearch: string;
}) {
  const styles = useStyles();
  const list = useListStyles();
  const [search, setSearch] = useUrlSearch(initialSearch);
  const shown = useMemo(() => members.filter((m) => matchesSearch(search, [m.displayName, m.secondary, typeText(m)])), [members, search]);
  const users = members.filter((m) => m.type === 'user').length;
  const groups = members.filter((m) => m.type === 'group').length;
  const devices = members.filter((m) => m.type === 'device').length;
  return (
    <>
      <section className={styles.section} aria-label="Properties">
        <PropertyList
          label={`Properties of ${unit.displayName}`}
          properties={[
            { label: 'Name', value: unit.displayName },
            { label: 'Description', value: unit.description || '\u2014' },
            { label: 'Object ID', value: <Text font="monospace">{unit.id}</Text> },
            { label: 'Restricted management', value: unit.visibility === 'HiddenMembership' ? 'Hidden membership' : 'No' },
            { label: 'Direct members', value: `${countOf(users, 'user', 'users')}, ${countOf(groups, 'group', 'groups')}, ${countOf(devices, 'device', 'devices')}` },
          ]}
        />
      </section>
      <section className={styles.section} aria-labelledby="unit-members-heading">
        <Subtitle2 as="h2" id="unit-members-heading" className={styles.heading}>Members</Subtitle2>
        <Text className={list.muted}>
          Direct members only: a role assigned over this unit covers these users, groups and devices, but not the members of the groups inside it.
        </Text>
        <InBrowserSearch value={search} onChange={setSearch} placeholder="Search members" label="Search members" />
        <Text aria-live="polite" className={list.summary}>
          {shown.length === members.length ? countOf(members.length, 'member', 'members') : `${formatCount(shown.length)} of ${formatCount(members.length)} members match the search`}
        </Text>
        {shown.length === 0 ? (
          <div className={list.empty}>
            <Text>{members.length === 0 ? 'This administrative unit has no members.' : 'No members match the search.'}</Text>
          </div>
        ) : (
          <ListGrid
            items={shown}
            columns={columns}
            getRowId={(row) => row.id}
            label={`Members of ${unit.displayName}`}
            columnSizingOptions={{ name: { minWidth: 260, idealWidth: 480 }, type: { minWidth: 100, idealWidth: 140 } }}
          />
        )}
      </section>
    </>
  );
}
