'use client';

import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';

/**
 * The second confirmation before the last directory-scope Global Administrator or Privileged Role Administrator
 * assignment goes: a warning and a checkbox that posts `confirmLastHolder`, which the server action checks again.
 */
export function LastHolderConfirmation({ roleName, consequence, confirmed, onConfirmedChange }: {
  roleName: string;
  /** What really remains (lib/roles/last-admin.ts lastHolderConsequence), and the sentence the admin ticks. */
  consequence: { message: string; confirmation: string };
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}) {
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This is the last {roleName} assignment at directory scope</MessageBarTitle>
          {consequence.message} Confirm below to remove it anyway.
        </MessageBarBody>
      </MessageBar>
      <Checkbox
        name="confirmLastHolder"
        checked={confirmed}
        onChange={(_, data) => onConfirmedChange(data.checked === true)}
        label={consequence.confirmation}
      />
    </>
  );
}

/** The last-holder checkbox's state, unchecked again each time the dialog opens. */
export function useLastHolderConfirmed(open: boolean): [boolean, (confirmed: boolean) => void] {
  const [confirmed, setConfirmed] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  // Adjusting state while rendering (not in an effect), so a reopened dialog never shows a stale tick.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setConfirmed(false);
  }
  return [confirmed, setConfirmed];
}
