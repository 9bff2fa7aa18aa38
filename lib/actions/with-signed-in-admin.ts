import 'server-only';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { signedInGraph, type SignedInGraph } from '@/lib/auth/session';
import { failed, signInExpired, type ActionResult, type WriteOutcome } from './action-result';

// Every server action is a public endpoint: whoever calls it, the session is checked here, once for all of them.

/** Runs `run` as the signed-in admin; without a session, answers "sign-in expired" (`whenExpired`) instead. */
export async function withSignedInAdmin<T>(run: (admin: SignedInGraph) => Promise<T>): Promise<T | ActionResult>;
export async function withSignedInAdmin<T, E>(run: (admin: SignedInGraph) => Promise<T>, whenExpired: () => E): Promise<T | E>;
export async function withSignedInAdmin<T, E>(
  run: (admin: SignedInGraph) => Promise<T>,
  whenExpired?: () => E,
): Promise<T | E | ActionResult> {
  const admin = await signedInGraph();
  if (!admin) return whenExpired ? whenExpired() : signInExpired();
  return run(admin);
}

/**
 * For a write: runs it as the signed-in admin, revalidates the blades it says changed, and returns its result.
 * A write throws only when a read before its first write failed, so that becomes Graph's sentence.
 */
export async function writeAsSignedInAdmin<R extends ActionResult>(
  write: (admin: SignedInGraph) => Promise<WriteOutcome<R>>,
): Promise<R | ActionResult> {
  return withSignedInAdmin(async (admin) => {
    let outcome: WriteOutcome<R>;
    try {
      outcome = await write(admin);
    } catch (error) {
      unstable_rethrow(error); // Next's own redirect and not-found signals are not failures.
      return failed(error);
    }
    for (const { path, type } of outcome.changed) revalidatePath(path, type);
    return outcome.result;
  });
}
