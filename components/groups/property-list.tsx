'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    maxWidth: '880px',
  },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  heading: { marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalS}` },
});

export type Property = { label: string; value: ReactNode };

/** An object's basic information, as Entra's Overview shows it: label, value. */
export function PropertyList({ heading, properties }: { heading: string; properties: Property[] }) {
  const styles = useStyles();
  return (
    <section aria-label={heading}>
      <Text as="h2" size={400} weight="semibold" block className={styles.heading}>{heading}</Text>
      <dl className={styles.list}>
        {properties.map((property) => (
          <div key={property.label} style={{ display: 'contents' }}>
            <dt className={styles.term}>{property.label}</dt>
            <dd className={styles.value}>{property.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
