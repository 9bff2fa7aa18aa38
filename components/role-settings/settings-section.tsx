'use client';

import { Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, SubtractCircle16Regular } from '@fluentui/react-icons';
import type { SettingRow } from './setting-rows';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  heading: { margin: 0, paddingBottom: tokens.spacingVerticalXS },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 1fr) minmax(160px, max-content)',
  },
  pair: { display: 'contents', margin: 0 },
  cell: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXS, borderTop: 'none' },
  value: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, paddingInlineStart: tokens.spacingHorizontalXXL },
  yes: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorNeutralForeground3 },
  // Values without an icon line up with those that have one.
  spacer: { width: '16px', flexShrink: 0 },
});

/** One section of Role setting details ("Activation", "Assignment"): each setting and its state, as Entra lists them. */
export function SettingsSection({ title, rows }: { title: string; rows: SettingRow[] }) {
  const styles = useStyles();
  return (
    <Card appearance="outline" className={styles.card}>
      <section aria-label={title}>
        <Text as="h2" size={400} weight="semibold" block className={styles.heading}>{title}</Text>
        <div className={styles.list}>
          <div className={mergeClasses(styles.cell, styles.head)} aria-hidden="true">Setting</div>
          <div className={mergeClasses(styles.cell, styles.value, styles.head)} aria-hidden="true">State</div>
          <dl className={styles.pair}>
            {rows.map((row) => (
              <div key={row.key} className={styles.pair}>
                <dt className={styles.cell}><Text>{row.label}</Text></dt>
                <dd className={mergeClasses(styles.cell, styles.value)}>
                  {row.value === 'Yes' ? <CheckmarkCircle16Filled className={styles.yes} aria-hidden /> : null}
                  {row.value === 'No' ? <SubtractCircle16Regular className={styles.no} aria-hidden /> : null}
                  {row.value !== 'Yes' && row.value !== 'No' ? <span className={styles.spacer} /> : null}
                  <Text>{row.value}</Text>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
    </Card>
  );
}
