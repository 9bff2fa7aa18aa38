'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

type RemoveAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * A blade's outcomes, announced in one place: Remove runs as a form action (`removeAction`), the Add panel (or a
 * download) reports through `announce`, and `outcome` is whichever came last. `afterRemove` closes the dialog and
 * clears the selection once Remove has answered.
 */
export function useChangeOutcomes(remove: RemoveAction, afterRemove: (outcome: ActionResult) => void) {
  const [announced, setAnnounced] = useState<ActionResult | null>(null);
  const [latest, setLatest] = useState<'announced' | 'remove'>('remove');
  const [removed, removeAction, removing] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    setLatest('remove');
    const outcome = await remove(previous, form);
    afterRemove(outcome);
    return outcome;
  }, null);
  const announce = (outcome: ActionResult) => {
    setAnnounced(outcome);
    setLatest('announced');
  };
  return { outcome: latest === 'announced' ? announced : removed, announce, removeAction, removing };
}
