'use client';

import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { onDemand } from '@/components/common/on-demand';
import { useMenuButton } from '@/components/common/use-menu-button';
import { InitialsAvatar } from '@/components/shell/initials-avatar';
import { useSignedInAdmin } from './signed-in-admin-context';

// Fluent's Menu, its positioning and its portal load when the admin first reaches the account button.
const AccountMenuList = onDemand(() => import('./account-menu-list').then((module) => module.AccountMenuList));

// The account's place in the top bar has one width, whoever is signed in and before Graph has said who: the
// placeholder and the button take the same room, so the Dark theme switch beside them never moves.
const slotWidth = '320px';

const useStyles = makeStyles({
  slot: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', flexShrink: 0, boxSizing: 'border-box', width: slotWidth, maxWidth: slotWidth, minWidth: slotWidth },
  trigger: {
    justifyContent: 'flex-end',
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  account: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', minWidth: 0, lineHeight: tokens.lineHeightBase200 },
  // A long name or sign-in name ends in an ellipsis; the button's title keeps both whole.
  line: { maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  upn: { fontSize: tokens.fontSizeBase200 },
  placeholder: { paddingInline: tokens.spacingHorizontalM },
});

/** The account menu's space in the top bar until the signed-in admin is known. */
export function AccountMenuPlaceholder() {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.slot, styles.placeholder)} aria-hidden>
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
      <Button
        {...menu.buttonProps}
        appearance="subtle"
        className={mergeClasses(styles.slot, styles.trigger)}
        aria-label={`Account: ${admin.displayName}`}
        title={`${admin.displayName}\n${admin.userPrincipalName}`}
      >
        <span className={styles.account}>
          <span className={styles.who}>
            <span className={styles.line}>{admin.displayName}</span>
            <span className={mergeClasses(styles.line, styles.upn)}>{admin.userPrincipalName}</span>
          </span>
          {/* Not the Button's icon slot: that is 20 px wide, and a 28 px avatar would overlap the name. */}
          <InitialsAvatar name={admin.displayName} />
        </span>
      </Button>
      <AccountMenuList target={menu.target} open={menu.open} onOpenChange={menu.setOpen} />
    </>
  );
}
