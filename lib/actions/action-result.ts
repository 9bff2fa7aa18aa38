import type { z } from 'zod';
import { toUserMessage } from '@/lib/graph/errors';
import type { Blade } from './changed-blades';

/**
 * What every server action returns: a sentence for the admin, and where it helps, the per-item outcome.
 * Expected failures are values, never thrown.
 */
export type ActionResult =
  | { ok: true; message: string; details?: string[] }
  | { ok: false; message: string; details?: string[]; fieldErrors?: Record<string, string[]>; requestId?: string };

export const idleResult: ActionResult = { ok: true, message: '' };

/** A refused input: the first problem as the message, every problem by field. */
export function invalidInput(error: z.ZodError): ActionResult {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, message: error.issues[0]?.message ?? 'Check the values and try again.', fieldErrors };
}

export function signInExpired(): ActionResult {
  return { ok: false, message: 'Your sign-in has expired. Sign in again to continue; nothing was changed.' };
}

/** A Graph failure as a sentence the admin can act on, with Graph's request id for support. */
export function failed(error: unknown): ActionResult {
  const { message, requestId } = toUserMessage(error);
  return { ok: false, message, requestId };
}

/** What a write in lib/actions returns: its result for the admin, and the blades that show what it changed. */
export type WriteOutcome<R extends ActionResult = ActionResult> = { result: R; changed: Blade[] };

/** A write refused or failed before anything was changed: no blade needs refreshing. */
export function unchanged<R extends ActionResult>(result: R): WriteOutcome<R> {
  return { result, changed: [] };
}
