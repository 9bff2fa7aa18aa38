'use client';

import { makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';
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
  spacer: { flexGrow: 1 },
  // Fluent colours the label from the input's state with a (0,4,0) selector; this one outranks it on the blue bar.
  themeSwitch: {
    '& .fui-Switch__input:enabled:not(:checked) ~ .fui-Switch__label, & .fui-Switch__input:enabled:checked ~ .fui-Switch__label': {
      color: tokens.colorNeutralForegroundOnBrand,
    },
    '& .fui-Switch__input:enabled:not(:checked) ~ .fui-Switch__indicator': {
      color: tokens.colorNeutralForegroundOnBrand,
      ...shorthands.borderColor(tokens.colorNeutralForegroundOnBrand),
    },
    '& .fui-Switch__input:enabled:checked ~ .fui-Switch__indicator': {
      backgroundColor: tokens.colorNeutralForegroundOnBrand,
      color: tokens.colorBrandForeground1,
    },
  },
});

/** The top bar: product name, theme switch and the signed-in account. */
export function AppHeader({ account }: { account?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Link href="/roles" className={styles.product}>
        <ShieldPerson20Filled />
        <Text weight="semibold" size={400}>
          Roles Portal
        </Text>
      </Link>
      <span className={styles.spacer} />
      <ThemeSwitch className={styles.themeSwitch} />
      {account}
    </header>
  );
}
