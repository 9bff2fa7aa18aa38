'use client';

import { Button, makeStyles, Tooltip, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons';
import { useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** An object id in monospace with a copy button, as Entra's Overview offers it. */
export function CopyableId({ id, label }: { id: string; label: string }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  return (
    <span className={styles.root}>
      <span className={styles.id}>{id}</span>
      <Tooltip content={copied ? 'Copied' : label} relationship="label">
        <Button
          appearance="subtle"
          size="small"
          icon={copied ? <Checkmark16Regular /> : <Copy16Regular />}
          onClick={() => {
            void navigator.clipboard?.writeText(id).then(() => setCopied(true), () => undefined);
          }}
        />
      </Tooltip>
    </span>
  );
}
