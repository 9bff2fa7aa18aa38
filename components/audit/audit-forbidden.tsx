'use client';

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** What an admin without an audit-reading role sees: why, and which roles would do, instead of an error page. */
export function AuditForbidden({ message }: { message: string }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You can&apos;t read audit logs</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
