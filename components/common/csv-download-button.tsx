'use client';

import { Spinner, ToolbarButton } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';

export type DownloadOutcome = { ok: true; fileName: string } | { ok: false; message: string; requestId?: string };

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
}

/** Asks the server for the CSV and saves it; a failure is a sentence the admin can act on, not a JSON file. */
async function downloadCsv(url: string, fallbackFileName: string): Promise<DownloadOutcome> {
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
  const fileName = fileNameOf(response, fallbackFileName);
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

/**
 * A toolbar button that downloads a CSV the server makes through Graph ("Download assignments", the audit log's
 * "Download"), and reports the outcome for the blade to announce.
 */
export function CsvDownloadButton({ url, label, fallbackFileName, onDone }: {
  url: string;
  label: string;
  /** The file's name when the response doesn't give one. */
  fallbackFileName: string;
  onDone: (outcome: DownloadOutcome) => void;
}) {
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      onDone(await downloadCsv(url, fallbackFileName));
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
      {busy ? 'Preparing download…' : label}
    </ToolbarButton>
  );
}
