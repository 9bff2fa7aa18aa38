'use client';

import { Spinner, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';

export type DownloadOutcome = { ok: true; fileName: string } | { ok: false; message: string; requestId?: string };

const fallbackName = 'role-assignments.csv';

function fileNameOf(response: Response): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
}

/** Asks the server for the CSV and saves it; a failure is a sentence the admin can act on, not a JSON file. */
async function downloadCsv(url: string): Promise<DownloadOutcome> {
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
  const fileName = fileNameOf(response);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click has handed the blob to the browser's download; free it once that has started.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return { ok: true, fileName };
}

/** "Download assignments": every active role assignment as CSV, produced on the server through Graph. */
export function DownloadAssignmentsButton({ url = '/api/assignments-csv', onDone }: {
  url?: string;
  onDone: (outcome: DownloadOutcome) => void;
}) {
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      onDone(await downloadCsv(url));
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
      {busy ? 'Preparing download…' : 'Download assignments'}
    </ToolbarButton>
  );
}
