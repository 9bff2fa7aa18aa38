'use client';

import {
  Avatar,
  Button,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { PersonKey20Regular, SignOut20Regular } from '@fluentui/react-icons';
import { useRouter } from 'next/navigation';
import { useAuthConfig } from './auth-config';
import { useSignedInAdmin } from './signed-in-admin-context';
import { clearSessionToken } from './session-api';

const useStyles = makeStyles({
  trigger: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  account: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: tokens.lineHeightBase200 },
  upn: { fontSize: tokens.fontSizeBase200 },
  roles: { maxWidth: '320px', paddingInline: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalS },
  // Holds the menu's place while Graph says who is signed in, so the top bar doesn't shift when it arrives.
  placeholder: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', minWidth: '200px', paddingInline: tokens.spacingHorizontalM },
});

/** The account menu's space in the top bar until the signed-in admin is known. */
export function AccountMenuPlaceholder() {
  const styles = useStyles();
  return (
    <span className={styles.placeholder} aria-hidden>
      <Avatar size={28} color="neutral" />
    </span>
  );
}

/** The signed-in admin in the top bar: name, sign-in name, directory roles, My roles and Sign out. */
export function AccountMenu() {
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
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.trigger}
          aria-label={`Account: ${admin.displayName}`}
        >
          <span className={styles.account}>
            <span className={styles.who}>
              <span>{admin.displayName}</span>
              <span className={styles.upn}>{admin.userPrincipalName}</span>
            </span>
            {/* Not the Button's icon slot: that is 20 px wide, and a 28 px avatar would overlap the name. */}
            <Avatar name={admin.displayName} size={28} color="colorful" />
          </span>
        </Button>
      </MenuTrigger>
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
    </Menu>
  );
}
