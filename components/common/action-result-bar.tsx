'use client';

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionResult } from '@/lib/actions/action-result';

const useStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalS },
  details: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  reference: { color: tokens.colorNeutralForeground3 },
});

/**
 * The outcome of an action, announced to screen readers (a polite live region for success, an alert for
 * failure), with the per-item details and Graph's request id when there is one.
 */
export function ActionResultBar({ result, title }: { result: ActionResult | null; title?: string }) {
  const styles = useStyles();
  if (!result || !result.message) return null;
  return (
    <MessageBar
      intent={result.ok ? 'success' : 'error'}
      layout="multiline"
      className={styles.root}
      role={result.ok ? 'status' : 'alert'}
      aria-live={result.ok ? 'polite' : 'assertive'}
    >
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {result.message}
        {result.details?.length ? (
          <ul className={styles.details}>
            {result.details.map((detail) => <li key={detail}>{detail}</li>)}
          </ul>
        ) : null}
        {!result.ok && result.requestId ? <div className={styles.reference}>Request ID: {result.requestId}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
