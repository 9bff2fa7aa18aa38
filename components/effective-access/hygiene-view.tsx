'use client';

import { Link, makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons';
import { AppLink } from '@/components/common/app-link';
import type { Finding } from '@/lib/access/hygiene';
import type { HygieneRead } from '@/lib/views/hygiene';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  finding: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'left', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  clean: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function FindingSection({ finding }: { finding: Finding }) {
  const styles = useStyles();
  return (
    <section className={styles.finding} aria-label={finding.title}>
      <Text size={400} weight="semibold">{finding.title}</Text>
      <Text>
        {finding.advice} <Link href={finding.source} target="_blank" rel="noreferrer">Microsoft&apos;s best practices</Link>
      </Text>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.cell, styles.head)}>Name</th>
            <th className={mergeClasses(styles.cell, styles.head)}>Role</th>
            <th className={mergeClasses(styles.cell, styles.head)}>How</th>
          </tr>
        </thead>
        <tbody>
          {finding.holders.map((holder, index) => (
            <tr key={`${holder.principalId}:${holder.roleId}:${index}`}>
              <td className={styles.cell}>{holder.kind === 'user' ? <AppLink href={`/users/${holder.principalId}`}>{holder.displayName}</AppLink> : holder.displayName}</td>
              <td className={styles.cell}><AppLink href={`/roles/${holder.roleId}/access`}>{holder.roleName}</AppLink></td>
              <td className={styles.cell}>{holder.how}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Access findings: what Microsoft's best practices for Entra roles would flag in this tenant, each with who. */
export function HygieneView({ read }: { read: HygieneRead }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text role="status">
        {read.findings.length ? `${read.findings.length} ${read.findings.length === 1 ? 'finding' : 'findings'}` : 'No findings'} across {read.holdings} role holdings (each group counted as its members). Each links to the role&apos;s effective access, where it is fixed.
      </Text>
      {read.pimIncluded ? null : <MessageBar intent="warning"><MessageBarBody>Privileged Identity Management&apos;s lists couldn&apos;t be read: eligible holders and end dates are left out, and so is the finding on permanent assignments.</MessageBarBody></MessageBar>}
      {read.findings.length === 0 ? <Text className={styles.clean}><CheckmarkCircle20Regular aria-hidden />Nothing to flag.</Text> : null}
      {read.findings.map((finding) => <FindingSection key={finding.id} finding={finding} />)}
    </div>
  );
}
