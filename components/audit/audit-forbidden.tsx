'use client';

import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

// The blade takes the width it is given: without it the message's unwrapped width squeezes the left navigation.
const useStyles = makeStyles({ root: { contain: 'inline-size' } });

/** What an admin without an audit-reading role sees: why, and which roles would do, instead of an error page. */
export function AuditForbidden({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You can&apos;t read audit logs</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
    </div>
  );
}
