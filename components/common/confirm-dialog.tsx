'use client';

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The confirmation Entra asks before a removal ("select Yes"): a form that posts `fields` to a server action on Yes.
 * While the action runs, neither No nor Escape closes it, so the outcome is never lost. A `refusal` replaces the
 * question with the reason and a Close button: nothing can be submitted.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  action,
  pending,
  fields,
  refusal,
  confirmDisabled = false,
  pendingLabel = 'Removing\u2026',
  startActions,
  refusalTitle = 'Can\u2019t remove',
  refusalDetails,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  action: (form: FormData) => void;
  pending: boolean;
  /** Hidden form fields, name and value; a name may repeat. */
  fields: ReadonlyArray<readonly [string, string]>;
  refusal?: string | null;
  confirmDisabled?: boolean;
  /** The Yes button's text while the action runs. */
  pendingLabel?: string;
  /** Secondary actions at the dialog's start edge (View Graph request). */
  startActions?: ReactNode;
  /** The refusal's heading ("Can't remove", "Can't delete"). */
  refusalTitle?: string;
  /** What the refusal is about, below it (who still holds a role). */
  refusalDetails?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  const close = () => onOpenChange(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => { if (!pending) onOpenChange(data.open); }} modalType="alert">
      <DialogSurface>
        {refusal ? (
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{refusalTitle}</MessageBarTitle>
                  {refusal}
                </MessageBarBody>
              </MessageBar>
              {refusalDetails}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={close}>Close</Button>
            </DialogActions>
          </DialogBody>
        ) : (
          <form action={action}>
            {fields.map(([name, value], index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />)}
            <DialogBody>
              <DialogTitle>{title}</DialogTitle>
              <DialogContent className={styles.content}>{children}</DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={confirmDisabled || pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
                  {pending ? pendingLabel : 'Yes'}
                </Button>
                <Button onClick={close} disabled={pending}>No</Button>
              </DialogActions>
              {startActions ? <DialogActions position="start">{startActions}</DialogActions> : null}
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}
