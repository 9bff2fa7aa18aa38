'use client';

import { makeStyles, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, Text, tokens } from '@fluentui/react-components';
import { PersonKey20Regular, SignOut20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import type { RefObject } from 'react';
import { MenuOnTarget } from '@/components/common/menu-on-target';
import { useAuthConfig } from './auth-config';
import { clearSessionToken } from './session-api';
import { useSignedInAdmin } from './signed-in-admin-context';

const useStyles = makeStyles({
  roles: { maxWidth: '320px', paddingInline: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalS },
});

/** The account menu's list (directory roles, My roles, Sign out), loaded when the admin first reaches the account button. */
export function AccountMenuList(props: { target: RefObject<HTMLButtonElement | null>; open: boolean; onOpenChange: (open: boolean) => void }) {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const config = useAuthConfig();
  const router = useRouter();

  const signOut = async () => {
    // MSAL starts loading at once, while the server forgets the session.
    const msal = import('./msal-on-demand');
    await clearSessionToken();
    await (await msal).signOutRedirect(config);
  };

  return (
    <MenuOnTarget {...props} align="end">
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Directory roles</MenuGroupHeader>
            <Text as="p" block className={styles.roles}>
              {admin.rolesUnavailable
                ? "Couldn't be read right now"
                : admin.tenantRoleNames.length
                  ? admin.tenantRoleNames.join(', ')
                  : 'No directory roles at tenant scope'}
            </Text>
          </MenuGroup>
          <MenuDivider />
          <MenuItem icon={<PersonKey20Regular />} onClick={() => router.push('/my-roles')}>
            My roles
          </MenuItem>
          <MenuItem icon={<SignOut20Regular />} onClick={() => void signOut()}>
            Sign out
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </MenuOnTarget>
  );
}
