'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXXL,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  icon: { color: tokens.colorNeutralForeground3, fontSize: '32px' },
});

/** A whole blade's empty list (All roles, Audit logs): an icon, what is empty, why, and the way out. */
export function NoResults({ icon: Icon, title, message, children }: { icon: FluentIcon; title: string; message: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Icon className={styles.icon} aria-hidden />
      <Text weight="semibold" size={400}>
        {title}
      </Text>
      <Text>{message}</Text>
      {children}
    </div>
  );
}
