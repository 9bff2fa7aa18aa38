'use client';

import { Badge, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { PropertyList } from '@/components/common/property-list';
import { formatCreated } from './format-created';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalXL },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

// Entra's words for signInAudience (Authentication blade, "Supported account types").
const audiences: Record<string, string> = {
  AzureADMyOrg: 'My organization only',
  AzureADMultipleOrgs: 'Multiple organizations',
  AzureADandPersonalMicrosoftAccount: 'Multiple organizations and personal Microsoft accounts',
  PersonalMicrosoftAccount: 'Personal Microsoft accounts only',
};

export type AppOverviewData = {
  id: string;
  appId: string;
  displayName: string;
  description: string;
  signInAudience: string | null;
  createdDateTime: string | null;
  servicePrincipal: { id: string; displayName: string; accountEnabled: boolean | null } | null;
};

const mono = (value: string) => <Text font="monospace">{value}</Text>;

/** An app registration's Essentials, and its service principal (enterprise application) in this tenant. */
export function AppOverview({ app }: { app: AppOverviewData }) {
  const styles = useStyles();
  const sp = app.servicePrincipal;
  return (
    <>
      <section className={styles.section} aria-labelledby="app-essentials-heading">
        <Subtitle2 as="h2" id="app-essentials-heading" className={styles.heading}>Essentials</Subtitle2>
        <PropertyList
          label={`Essentials of ${app.displayName}`}
          properties={[
            { label: 'Display name', value: app.displayName },
            { label: 'Application (client) ID', value: mono(app.appId) },
            { label: 'Object ID', value: mono(app.id) },
            { label: 'Created on', value: formatCreated(app.createdDateTime) },
            {
              label: 'Supported account types',
              value: app.signInAudience ? (audiences[app.signInAudience] ?? app.signInAudience) : '\u2014',
            },
            { label: 'Description', value: app.description || '\u2014' },
          ]}
        />
      </section>
      <section className={styles.section} aria-labelledby="app-sp-heading">
        <Subtitle2 as="h2" id="app-sp-heading" className={styles.heading}>Service principal</Subtitle2>
        {sp ? (
          <PropertyList
            label={`Service principal of ${app.displayName}`}
            properties={[
              { label: 'Name', value: sp.displayName },
              { label: 'Object ID', value: mono(sp.id) },
              {
                label: 'Sign-in',
                value: sp.accountEnabled === false ? <Badge color="danger" appearance="tint">Disabled</Badge> : <Badge color="success" appearance="tint">Enabled</Badge>,
              },
            ]}
          />
        ) : (
          <Text className={styles.muted}>This app has no service principal in this directory, so it can&apos;t hold roles or sign in here.</Text>
        )}
        <Text className={styles.muted}>
          Roles assigned over this app registration let their holders manage the registration (its credentials, owners and settings), not act as the app.
        </Text>
      </section>
    </>
  );
}
