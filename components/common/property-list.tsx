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
    paddingBlock: tokens.spacingVerticalS,
    maxWidth: '880px',
  },
  // Each label and value pair is one element for React's key, but the grid lays out the dt and dd themselves.
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  heading: { marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalS}` },
});

export type Property = { label: string; value: ReactNode };

/**
 * An object's essentials as Entra's Overview lays them out, label on the left and value on the right; under a
 * heading of its own ("Basic information") or named by `label` when the blade already has one.
 */
export function PropertyList({ properties, label, heading }: { properties: Property[]; label?: string; heading?: string }) {
  const styles = useStyles();
  const list = (
    <dl className={styles.list} aria-label={heading ? undefined : label}>
      {properties.map((property) => (
        <div key={property.label} className={styles.pair}>
          <dt className={styles.term}>
            <Text>{property.label}</Text>
          </dt>
          <dd className={styles.value}>{typeof property.value === 'string' ? <Text>{property.value}</Text> : property.value}</dd>
        </div>
      ))}
    </dl>
  );
  if (!heading) return list;
  return (
    <section aria-label={heading}>
      <Text as="h2" size={400} weight="semibold" block className={styles.heading}>{heading}</Text>
      {list}
    </section>
  );
}
