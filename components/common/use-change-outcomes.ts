'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

type RemoveAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * A blade's Add and Remove outcomes, announced in one place: Remove runs as a form action (`removeAction`), the Add
 * panel reports through `onAdded`, and `outcome` is whichever came last. `afterRemove` closes the dialog and clears
 * the selection once Remove has answered.
 */
export function useChangeOutcomes(remove: RemoveAction, afterRemove: (outcome: ActionResult) => void) {
  const [added, setAdded] = useState<ActionResult | null>(null);
  const [latest, setLatest] = useState<'add' | 'remove'>('remove');
  const [removed, removeAction, removing] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    setLatest('remove');
    const outcome = await remove(previous, form);
    afterRemove(outcome);
    return outcome;
  }, null);
  const onAdded = (outcome: ActionResult) => {
    setAdded(outcome);
    setLatest('add');
  };
  return { outcome: latest === 'add' ? added : removed, onAdded, removeAction, removing };
}
