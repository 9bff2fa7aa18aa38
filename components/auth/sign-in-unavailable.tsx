'use client';

import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ page: { minHeight: '100vh', display: 'grid', placeItems: 'center', padding: tokens.spacingHorizontalXXL } });

/** Shown when the sign-in service's configuration can't be read: nothing works without it, so say so plainly. */
export function SignInUnavailable() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>The sign-in service can&apos;t be reached</MessageBarTitle>
          The portal couldn&apos;t read the sign-in service&apos;s configuration. Check that it is running (with the demo,
          the emulator starts beside the portal), then retry.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>Retry</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}
