'use client';

import { Button, DrawerFooter, DrawerHeader, DrawerHeaderTitle, makeStyles, OverlayDrawer, Spinner, Text, tokens } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  subtitle: { color: tokens.colorNeutralForeground2 },
  footer: { gap: tokens.spacingHorizontalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * A pane at the end edge, as Entra opens Add assignments or New group: a title, what it acts on, a Close button.
 * Its content lives only while the panel is open, so every opening starts empty.
 */
export function SidePanel({ title, subtitle, open, onOpenChange, children }: {
  title: string;
  /** What the panel acts on (the role, the member, the group). */
  subtitle?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** A DrawerBody and a SidePanelFooter. */
  children: ReactNode;
}) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <OverlayDrawer position="end" size="medium" open={open} onOpenChange={(_, data) => onOpenChange(data.open)} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ id: titleId }}
          action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={() => onOpenChange(false)} />}
        >
          {title}
        </DrawerHeaderTitle>
        {subtitle === undefined ? null : <Text className={styles.subtitle}>{subtitle}</Text>}
      </DrawerHeader>
      {open ? children : null}
    </OverlayDrawer>
  );
}

/** The panel's footer: the submit button of the form `formId` (a spinner while `pending`), Cancel, then `children`. */
export function SidePanelFooter({ formId, submitLabel, pendingLabel, pending, submitDisabled = false, onCancel, children }: {
  formId: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  submitDisabled?: boolean;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <DrawerFooter className={styles.footer}>
      <Button appearance="primary" type="submit" form={formId} disabled={pending || submitDisabled} icon={pending ? <Spinner size="tiny" /> : undefined}>
        {pending ? pendingLabel : submitLabel}
      </Button>
      <Button onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      {children}
    </DrawerFooter>
  );
}
