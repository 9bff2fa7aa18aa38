'use client';

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { onDemand } from '@/components/common/on-demand';
import { useMenuButton } from '@/components/common/use-menu-button';
import { InitialsAvatar } from '@/components/shell/initials-avatar';
import { useSignedInAdmin } from './signed-in-admin-context';

// Fluent's Menu, its positioning and its portal load when the admin first reaches the account button.
const AccountMenuList = onDemand(() => import('./account-menu-list').then((module) => module.AccountMenuList));

const useStyles = makeStyles({
  trigger: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  account: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', lineHeight: tokens.lineHeightBase200 },
  upn: { fontSize: tokens.fontSizeBase200 },
  // Holds the menu's place while Graph says who is signed in, so the top bar doesn't shift when it arrives.
  placeholder: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', minWidth: '200px', paddingInline: tokens.spacingHorizontalM },
});

/** The account menu's space in the top bar until the signed-in admin is known. */
export function AccountMenuPlaceholder() {
  const styles = useStyles();
  return (
    <span className={styles.placeholder} aria-hidden>
      <InitialsAvatar />
    </span>
  );
}

/** The signed-in admin in the top bar: name, sign-in name, directory roles, My roles and Sign out. */
export function AccountMenu() {
  const styles = useStyles();
  const admin = useSignedInAdmin();
  const menu = useMenuButton(AccountMenuList.preload);

  return (
    <>
      <Button {...menu.buttonProps} appearance="subtle" className={styles.trigger} aria-label={`Account: ${admin.displayName}`}>
        <span className={styles.account}>
          <span className={styles.who}>
            <span>{admin.displayName}</span>
            <span className={styles.upn}>{admin.userPrincipalName}</span>
          </span>
          {/* Not the Button's icon slot: that is 20 px wide, and a 28 px avatar would overlap the name. */}
          <InitialsAvatar name={admin.displayName} />
        </span>
      </Button>
      <AccountMenuList target={menu.target} open={menu.open} onOpenChange={menu.setOpen} />
    </>
  );
}
