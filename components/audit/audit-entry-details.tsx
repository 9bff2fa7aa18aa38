'use client';

import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { CopyableId } from '@/components/common/copyable-id';
import { PropertyList, type Property } from '@/components/common/property-list';
import type { AuditDetails } from '@/lib/roles/audit-details';

const useStyles = makeStyles({
  heading: { marginBlockStart: tokens.spacingVerticalS },
  cell: { overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function None() {
  const styles = useStyles();
  return (
    <Text className={styles.muted} aria-label="None">
      —
    </Text>
  );
}

const orNone = (value: string | null | undefined): ReactNode => (value ? value : <None />);
const idOrNone = (id: string | null | undefined, label: string): ReactNode => (id ? <CopyableId id={id} label={label} /> : <None />);

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section aria-label={title}>
      <Text as="h3" size={400} weight="semibold" block className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}

function activityProperties(entry: AuditDetails): Property[] {
  return [
    { label: 'Date (UTC)', value: <time dateTime={entry.activityDateTime}>{entry.dateText}</time> },
    { label: 'Activity type', value: entry.activity },
    { label: 'Correlation ID', value: idOrNone(entry.correlationId, 'Copy correlation ID') },
    { label: 'Category', value: orNone(entry.category) },
    {
      label: 'Status',
      value: (
        <Badge appearance="tint" color={entry.result === 'Success' ? 'success' : entry.result === 'Failure' ? 'danger' : 'informative'}>
          {entry.result}
        </Badge>
      ),
    },
    { label: 'Status reason', value: orNone(entry.resultReason) },
    { label: 'Service', value: orNone(entry.loggedByService) },
    { label: 'Audit ID', value: idOrNone(entry.id, 'Copy audit ID') },
  ];
}

function initiatorProperties(initiatedBy: AuditDetails['initiatedBy']): Property[] {
  if (initiatedBy.kind === 'user') {
    return [
      { label: 'Type', value: 'User' },
      { label: 'Display name', value: orNone(initiatedBy.displayName) },
      { label: 'User principal name', value: orNone(initiatedBy.userPrincipalName) },
      { label: 'Object ID', value: idOrNone(initiatedBy.id, 'Copy object ID of the initiator') },
      { label: 'IP address', value: orNone(initiatedBy.ipAddress) },
    ];
  }
  if (initiatedBy.kind === 'app') {
    return [
      { label: 'Type', value: 'Application' },
      { label: 'Display name', value: orNone(initiatedBy.displayName) },
      { label: 'App ID', value: idOrNone(initiatedBy.appId, 'Copy app ID') },
      { label: 'Service principal ID', value: idOrNone(initiatedBy.servicePrincipalId, 'Copy service principal ID') },
      { label: 'Service principal name', value: orNone(initiatedBy.servicePrincipalName) },
    ];
  }
  return [{ label: 'Type', value: 'Not recorded' }];
}

/** The sections of Entra's audit log details: Activity, Initiated by (actor), Target(s), Modified properties. */
export function AuditEntryDetails({ entry }: { entry: AuditDetails }) {
  const styles = useStyles();
  const propertyTargets = new Set(entry.modifiedProperties.map((property) => property.target));
  const showTarget = propertyTargets.size > 1;
  return (
    <>
      <Section title="Activity">
        <PropertyList label="Activity" properties={activityProperties(entry)} />
      </Section>
      <Section title="Initiated by (actor)">
        <PropertyList label="Initiated by (actor)" properties={initiatorProperties(entry.initiatedBy)} />
      </Section>
      {entry.additionalDetails.length > 0 ? (
        <Section title="Additional details">
          <PropertyList label="Additional details" properties={entry.additionalDetails.map((detail) => ({ label: detail.key, value: orNone(detail.value) }))} />
        </Section>
      ) : null}
      <Section title="Target(s)">
        {entry.targets.length === 0 ? (
          <Text className={styles.muted}>No targets recorded.</Text>
        ) : (
          <Table size="small" aria-label="Target(s)">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Type</TableHeaderCell>
                <TableHeaderCell>Display name</TableHeaderCell>
                <TableHeaderCell>Object ID</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entry.targets.map((target, index) => (
                <TableRow key={`${target.id ?? ''}-${index}`}>
                  <TableCell className={styles.cell}>{target.type}</TableCell>
                  <TableCell className={styles.cell}>
                    {target.displayName ?? <None />}
                    {target.userPrincipalName ? <Text block size={200} className={styles.muted}>{target.userPrincipalName}</Text> : null}
                  </TableCell>
                  <TableCell className={styles.cell}>{target.id ? <span className={styles.mono}>{target.id}</span> : <None />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title="Modified properties">
        {entry.modifiedProperties.length === 0 ? (
          <Text className={styles.muted}>No properties were changed.</Text>
        ) : (
          <Table size="small" aria-label="Modified properties">
            <TableHeader>
              <TableRow>
                {showTarget ? <TableHeaderCell>Target</TableHeaderCell> : null}
                <TableHeaderCell>Property</TableHeaderCell>
                <TableHeaderCell>Old value</TableHeaderCell>
                <TableHeaderCell>New value</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entry.modifiedProperties.map((property, index) => (
                <TableRow key={`${property.target}-${property.name}-${index}`}>
                  {showTarget ? <TableCell className={styles.cell}>{property.target}</TableCell> : null}
                  <TableCell className={styles.cell}>{property.name}</TableCell>
                  <TableCell className={styles.cell}>{orNone(property.oldValue)}</TableCell>
                  <TableCell className={styles.cell}>{orNone(property.newValue)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
    </>
  );
}
