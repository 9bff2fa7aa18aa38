'use client';

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** An honest placeholder for a blade whose issue has not landed yet. */
export function NotBuiltYet({ what, issue }: { what: string; issue: number }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not built yet</MessageBarTitle>
        {what} arrives with issue #{issue}. The navigation, breadcrumbs and theme already work.
      </MessageBarBody>
    </MessageBar>
  );
}
