'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import NextLink from 'next/link';
import type { ReactNode } from 'react';
import { useListStyles } from './list-styles';

const useStyles = makeStyles({
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, paddingBlock: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A list's name cell: the object's avatar or icon, then its name (a link to its blade, often). */
export function NameCell({ media, children }: { media: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.name}>
      {media}
      {children}
    </span>
  );
}

/** A cell's stand-in when Graph has no value ("—", "Unavailable"). */
export function MutedText({ children }: { children: string }) {
  const styles = useStyles();
  return <Text className={styles.muted}>{children}</Text>;
}

/**
 * A row's link to its object's blade. Not prefetched: each row's prefetch would run that blade's existence check,
 * a Graph read per row.
 */
export function RowLink({ href, children }: { href: string; children: ReactNode }) {
  const styles = useListStyles();
  return (
    <NextLink prefetch={false} className={styles.link} href={href}>
      {children}
    </NextLink>
  );
}
