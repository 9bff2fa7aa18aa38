'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { useKeepOutcome, useKeptOutcome } from './kept-outcome';

type RemoveAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * A blade's outcomes, announced in one place: Remove runs as a form action (`removeAction`), the Add panel (or a
 * download) reports through `announce`, and `outcome` is whichever came last. `afterRemove` closes the dialog and
 * clears the selection once Remove has answered. Every outcome is also kept above the blade (kept-outcome.tsx), so
 * that a blade whose re-read fails after the change, or that is reloaded by Retry, still says what the change did.
 */
export function useChangeOutcomes(remove: RemoveAction, afterRemove: (outcome: ActionResult) => void) {
  const keep = useKeepOutcome();
  const kept = useKeptOutcome();
  // A blade mounted again on the same page (Retry after a failed re-read) starts from the change it last made.
  const [announced, setAnnounced] = useState<ActionResult | null>(kept);
  const [latest, setLatest] = useState<'announced' | 'remove'>(kept ? 'announced' : 'remove');
  const [removed, removeAction, removing] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    setLatest('remove');
    const outcome = await remove(previous, form);
    keep(outcome);
    afterRemove(outcome);
    return outcome;
  }, null);
  const announce = (outcome: ActionResult) => {
    keep(outcome);
    setAnnounced(outcome);
    setLatest('announced');
  };
  return { outcome: latest === 'announced' ? announced : removed, announce, removeAction, removing };
}
