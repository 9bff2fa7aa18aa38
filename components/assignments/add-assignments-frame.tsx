'use client';

import { DrawerBody, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { SidePanelFooter } from '@/components/common/side-panel';
import { GraphRequestPreview, type GraphRequestPreviewProps } from '@/components/graph-preview/graph-request-preview';
import type { ActionResult } from '@/lib/actions/action-result';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    paddingBlockStart: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/**
 * The body and footer both Add assignments panels share (a role's, and a user's or a group's): the form with Add's
 * result above its sections, what follows the form, then Add, Cancel and View Graph request.
 */
export function AddAssignmentsFrame({ label, result, pending, submitDisabled, onSubmit, onClose, afterForm, preview, children }: {
  /** The form's accessible name. */
  label: string;
  result: ActionResult;
  pending: boolean;
  submitDisabled?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** Below the form, outside it (the read-access precheck, whose one-click fix is a form of its own). */
  afterForm?: ReactNode;
  preview: Pick<GraphRequestPreviewProps, 'emptyMessage' | 'requests'>;
  /** The form's sections (AddAssignmentsSection). */
  children: ReactNode;
}) {
  const styles = useStyles();
  const formId = useId();
  // Add's result sits above the sections; the admin selected Add at the bottom, so bring what Graph said into view.
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result?.message) resultRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <DrawerBody>
        <form id={formId} className={styles.form} onSubmit={submit} noValidate aria-label={label}>
          <div ref={resultRef}>
            <ActionResultBar result={result} />
          </div>
          {children}
        </form>
        {afterForm}
      </DrawerBody>
      <SidePanelFooter formId={formId} submitLabel="Add" pendingLabel={'Adding\u2026'} pending={pending} submitDisabled={submitDisabled} onCancel={onClose}>
        <GraphRequestPreview actionLabel="Add" emptyMessage={preview.emptyMessage} disabled={pending} requests={preview.requests} />
      </SidePanelFooter>
    </>
  );
}

/** One step of the form under its heading ("Select member(s)", "Scope"). */
export function AddAssignmentsSection({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {heading}
      </Subtitle2>
      {children}
    </section>
  );
}
