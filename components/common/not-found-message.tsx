'use client';

import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import Link from 'next/link';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL },
});

/** A not-found page in the blade's own words, with a way back. */
export function NotFoundMessage({ title, message, backHref = '/roles', backLabel = 'Go to All roles' }: {
  title: string;
  message: string;
  backHref?: string;
  backLabel?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="h1" size={600} weight="semibold">{title}</Text>
      <Text>{message}</Text>
      <Link href={backHref}>
        <Button appearance="primary" tabIndex={-1}>{backLabel}</Button>
      </Link>
    </div>
  );
}
