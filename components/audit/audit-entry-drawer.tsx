'use client';

import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { AuditEntryView } from '@/lib/roles/audit-details';
import { AuditEntryDetails } from './audit-entry-details';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlockEnd: tokens.spacingVerticalXXL },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function Notice({ view }: { view: Exclude<AuditEntryView, { kind: 'ok' }> }) {
  if (view.kind === 'notFound') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Audit entry not found</MessageBarTitle>
          {view.id ? `No audit entry has the ID "${view.id}".` : 'The link has no valid audit entry ID.'} It may be older than the audit log keeps,
          or the link may be incomplete. Close this pane to see the latest entries.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{view.kind === 'forbidden' ? "You can't read audit logs" : "Couldn't read the audit entry"}</MessageBarTitle>
        {view.message}
        {view.kind === 'failed' && view.requestId ? ` Request ID: ${view.requestId}` : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * An audit entry's details as Entra shows them: activity, initiator, targets and modified properties. Opened from
 * a row or by `/audit?entry={id}`; `view` is null while the entry is read.
 */
export function AuditEntryDrawer({ open, view, onClose }: { open: boolean; view: AuditEntryView | null; onClose: () => void }) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <OverlayDrawer position="end" size="medium" open={open} onOpenChange={(_, data) => { if (!data.open) onClose(); }} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle heading={{ id: titleId }} action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />}>
          Audit log details
        </DrawerHeaderTitle>
        {view?.kind === 'ok' ? <Text className={styles.muted}>{view.entry.activity} · {view.entry.dateText}</Text> : null}
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {view === null ? (
          <div className={styles.status} role="status">
            <Spinner size="tiny" aria-hidden />
            <Text>Reading the entry…</Text>
          </div>
        ) : view.kind === 'ok' ? (
          <AuditEntryDetails entry={view.entry} />
        ) : (
          <Notice view={view} />
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
