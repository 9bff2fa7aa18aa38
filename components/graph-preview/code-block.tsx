'use client';

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    maxHeight: '40vh',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    // Wrapped on screen (long ids and commands stay readable); Copy takes the text as it is.
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  status: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

type CopyState = 'idle' | 'copied' | 'failed';

/** Monospace text an admin can scroll by keyboard and copy, with the outcome announced. */
export function CodeBlock({ label, text }: { label: string; text: string }) {
  const styles = useStyles();
  const [copy, setCopy] = useState<CopyState>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const timer = window.setTimeout(() => setCopy('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [copy]);
  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <span className={styles.label}>{label}</span>
        <Button
          size="small"
          appearance="subtle"
          icon={copy === 'copied' ? <Checkmark16Regular /> : <Copy16Regular />}
          onClick={() => void copyText()}
          aria-label={`Copy ${label}`}
        >
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      {/* Scrollable region: focusable so a keyboard can scroll it (axe: scrollable-region-focusable). */}
      <pre className={styles.pre} tabIndex={0} role="region" aria-label={label}>
        <code>{text}</code>
      </pre>
      <span className={styles.status} role="status" aria-live="polite">
        {copy === 'copied' ? `${label} copied to the clipboard.` : copy === 'failed' ? "Couldn't copy. Select the text and copy it." : ''}
      </span>
    </div>
  );
}
