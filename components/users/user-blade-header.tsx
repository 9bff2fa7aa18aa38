'use client';

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { Info20Regular, ShieldPerson20Regular } from '@fluentui/react-icons';
import { BladeTabs } from '@/components/common/blade-tabs';

const useStyles = makeStyles({ badges: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' } });

export type UserSummary = {
  id: string;
  displayName: string;
  userPrincipalName: string;
  userType: string | null;
  jobTitle: string | null;
  department: string | null;
  mail: string | null;
  accountEnabled: boolean | null;
};

/** "Home > Users > {user}", "{user} | Overview", and the Overview and Assigned roles tabs. */
export function UserBladeHeader({ user }: { user: UserSummary }) {
  const styles = useStyles();
  const base = `/users/${user.id}`;
  return (
    <BladeTabs
      crumbs={[{ label: 'Users', href: '/users' }, { label: user.displayName }]}
      title={user.displayName}
      label="User blade sections"
      tabs={[
        { label: 'Overview', href: base, icon: <Info20Regular /> },
        { label: 'Assigned roles', href: `${base}/roles`, icon: <ShieldPerson20Regular /> },
      ]}
    >
      <div className={styles.badges}>
        {user.userType ? <Badge appearance="tint" color={user.userType === 'Guest' ? 'warning' : 'informative'}>{user.userType}</Badge> : null}
        {user.accountEnabled === false ? <Badge appearance="tint" color="danger">Sign-in blocked</Badge> : null}
      </div>
    </BladeTabs>
  );
}
