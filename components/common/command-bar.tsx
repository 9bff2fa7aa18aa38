'use client';

import { makeStyles, mergeClasses, Toolbar } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Flush with the blade's left edge, as Entra's command bars are. Longhands, not paddingInline: Fluent's Toolbar
  // sets the padding shorthand, and between two shorthands Griffel's stylesheet order decides, which varies from
  // one page load to the next (the commands moved by 8 px).
  root: { paddingLeft: 0, paddingRight: 0 },
});

/** A blade's command bar: Add, Remove, Refresh, Download… in one Fluent Toolbar, named for screen readers. */
export function CommandBar({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Toolbar aria-label={label} className={mergeClasses(styles.root, className)}>
      {children}
    </Toolbar>
  );
}
