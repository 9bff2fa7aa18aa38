'use client';

import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
});

export type Property = { label: string; value: ReactNode };

/** An overview's essentials, as Entra lays them out: label on the left, value on the right. */
export function PropertiesList({ properties, label }: { properties: Property[]; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {properties.map((property) => (
        <div key={property.label} style={{ display: 'contents' }}>
          <dt className={styles.term}>
            <Text>{property.label}</Text>
          </dt>
          <dd className={styles.value}>{typeof property.value === 'string' ? <Text>{property.value}</Text> : property.value}</dd>
        </div>
      ))}
    </dl>
  );
}
