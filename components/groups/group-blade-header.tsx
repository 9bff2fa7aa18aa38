'use client';

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { Info20Regular, People20Regular, ShieldPerson20Regular } from '@fluentui/react-icons';
import type { GroupSummary } from '@/lib/views/groups';
import { BladeTabs } from '@/components/common/blade-tabs';

const useStyles = makeStyles({ badges: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' } });

/** "Home > Groups > {group}", "{group} | Overview", and the Overview, Members and Assigned roles tabs. */
export function GroupBladeHeader({ group }: { group: GroupSummary }) {
  const styles = useStyles();
  const base = `/groups/${group.id}`;
  return (
    <BladeTabs
      crumbs={[{ label: 'Groups', href: '/groups' }, { label: group.displayName }]}
      title={group.displayName}
      label="Group blade sections"
      tabs={[
        { label: 'Overview', href: base, icon: <Info20Regular /> },
        { label: 'Members', href: `${base}/members`, icon: <People20Regular /> },
        { label: 'Assigned roles', href: `${base}/roles`, icon: <ShieldPerson20Regular /> },
      ]}
    >
      <div className={styles.badges}>
        <Badge appearance="tint" color="informative">{group.typeLabel} group</Badge>
        {group.isAssignableToRole ? <Badge appearance="tint" color="brand">Role assignable</Badge> : null}
        {group.membershipType === 'Dynamic' ? <Badge appearance="tint" color="subtle">Dynamic membership</Badge> : null}
      </div>
    </BladeTabs>
  );
}
