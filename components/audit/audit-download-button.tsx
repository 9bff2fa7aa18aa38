'use client';

import { Spinner, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';

export type AuditDownloadOutcome = { ok: true; fileName: string } | { ok: false; message: string; requestId?: string };

async function download(url: string): Promise<AuditDownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { ok: false, message: "The portal couldn't be reached. Check your connection and try again." };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; requestId?: string } | null;
    return { ok: false, message: body?.error ?? 'The download failed. Try again in a moment.', requestId: body?.requestId };
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'audit-role-management.csv';
  const href = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return { ok: true, fileName };
}

/** Audit logs > Download: the filtered entries as CSV, produced on the server through Graph. */
export function AuditDownloadButton({ url, onDone }: { url: string; onDone: (outcome: AuditDownloadOutcome) => void }) {
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      onDone(await download(url));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ToolbarButton
      icon={busy ? <Spinner size="extra-tiny" aria-hidden /> : <ArrowDownload20Regular />}
      onClick={() => void start()}
      disabledFocusable={busy}
      aria-busy={busy || undefined}
    >
      {busy ? 'Preparing download…' : 'Download'}
    </ToolbarButton>
  );
}
