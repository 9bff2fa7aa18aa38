'use client';

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';

type Props = {
  message: string;
  /** A support reference: Graph's request id, or the server log's digest. */
  reference?: string;
  /** The reference already says what it is ("Request ID: …"). */
  referenceIsLabelled?: boolean;
  retrying?: boolean;
  onRetry: () => void;
};

/** What a blade shows when loading it failed: the reason, a support reference, and Retry. */
export function BladeError({ message, reference, referenceIsLabelled, retrying, onRetry }: Props) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>This blade couldn&apos;t be loaded</MessageBarTitle>
        {message}
        {reference ? (referenceIsLabelled ? <div>{reference}</div> : ` Reference: ${reference}`) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwise20Regular />} onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying\u2026' : 'Retry'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
