'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AppHeader } from './app-header';
import { LeftNav } from './left-nav';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 1, padding: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1 },
  },
});

/** The Entra-like frame around every blade: top bar, left navigation, and the blade's content. */
export function PortalShell({ account, children }: {
  account?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>Skip to content</a>
      <AppHeader account={account} />
      <div className={styles.body}>
        <LeftNav />
        <main id="main" className={styles.main}>{children}</main>
      </div>
    </div>
  );
}
