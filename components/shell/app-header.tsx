'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldPerson20Filled } from '@fluentui/react-icons';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeSwitch } from './theme-switch';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    height: '48px',
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  product: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: 'inherit',
    textDecorationLine: 'none',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForegroundOnBrand}` },
  },
  tenant: { opacity: 0.85 },
  spacer: { flexGrow: 1 },
  themeLabel: { color: tokens.colorNeutralForegroundOnBrand },
});

/** The top bar: product name, tenant, theme switch and the signed-in account. */
export function AppHeader({ tenantName, account }: { tenantName?: string; account?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Link href="/roles" className={styles.product}>
        <ShieldPerson20Filled />
        <Text weight="semibold" size={400}>
          Roles Portal
        </Text>
      </Link>
      {tenantName ? <Text className={styles.tenant}>{tenantName}</Text> : null}
      <span className={styles.spacer} />
      <ThemeSwitch labelClassName={styles.themeLabel} />
      {account}
    </header>
  );
}
