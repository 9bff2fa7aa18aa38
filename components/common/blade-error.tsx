'use client';

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';

/** What a blade shows when loading it failed: the reason, a support reference, and Retry. */
export function BladeError({ message, reference, onRetry }: { message: string; reference?: string; onRetry: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>This blade couldn&apos;t be loaded</MessageBarTitle>
        {message}
        {reference ? ` Reference: ${reference}` : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwise20Regular />} onClick={onRetry}>
          Retry
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
