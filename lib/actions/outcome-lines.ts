// The words for what a change did, item by item. Each line says what Graph says happened: removed or added,
// not, or unknown when neither Graph's answer nor a re-read could tell (then the admin is asked to check again).
import type { ActionResult } from './action-result';
import { toUserMessage } from '@/lib/graph/errors';
import type { GraphError } from '@/lib/graph/errors';
import { formatCount } from '@/lib/format/count';

export type ItemReport = { what: string } & ({ fate: 'done' } | { fate: 'not-done' | 'unknown'; error: GraphError });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function unknownReason(error: GraphError): string {
  if (error.code === 'Timeout') return 'Microsoft Graph did not answer in time';
  if (error.status === 0) return 'the connection to Microsoft Graph failed';
  return 'Microsoft Graph failed and could not be re-read';
}

function firstRequestId(items: readonly ItemReport[]): string | undefined {
  for (const item of items) if (item.fate !== 'done' && item.error.requestId) return item.error.requestId;
  return undefined;
}

/** Remove assignment's result: one line per assignment, in the order they were selected. */
export function removalResult(roleName: string, items: readonly ItemReport[]): ActionResult {
  const removed = items.filter((item) => item.fate === 'done').length;
  const notRemoved = items.filter((item) => item.fate === 'not-done').length;
  const unknown = items.filter((item) => item.fate === 'unknown').length;
  const details = items.map((item) => {
    if (item.fate === 'done') return `Removed ${item.what}.`;
    if (item.fate === 'unknown') return `Unknown: ${item.what}: ${unknownReason(item.error)}, so it may or may not have been removed. Check again.`;
    return `Not removed: ${item.what}: ${toUserMessage(item.error, { subject: 'This role assignment' }).message}`;
  });
  const of = plural(items.length, 'assignment', 'assignments');
  if (removed === items.length) return { ok: true, message: `Removed ${of} of ${roleName}.`, details };
  const parts = [
    removed ? `Removed ${removed} of ${of} of ${roleName}` : `No assignment of ${roleName} is known to be removed`,
    notRemoved ? `${notRemoved} not removed` : '',
    unknown ? `${unknown} unknown: check again below` : '',
  ].filter(Boolean);
  return { ok: false, message: `${parts.join('; ')}.`, details, requestId: firstRequestId(items) };
}

/** Add assignments' result: one line per member added, in the order they were picked. */
export function additionResult(where: string, items: readonly ItemReport[]): ActionResult {
  const added = items.filter((item) => item.fate === 'done');
  const unknown = items.filter((item) => item.fate === 'unknown').length;
  const details = items.map((item) => {
    if (item.fate === 'done') return `${item.what}: added.`;
    if (item.fate === 'unknown') return `${item.what}: unknown, check again: ${unknownReason(item.error)}, so it may or may not have been added.`;
    return `${item.what}: not added. ${toUserMessage(item.error, { subject: 'This member' }).message}`;
  });
  if (added.length === items.length) {
    const message = added.length === 1 ? `Added ${added[0]?.what} to ${where}.` : `Added ${formatCount(added.length)} assignments to ${where}.`;
    return { ok: true, message, details: added.length === 1 ? undefined : details };
  }
  const notAdded = items.length - added.length - unknown;
  const parts = [
    added.length ? `Added ${formatCount(added.length)} of ${formatCount(items.length)} assignments to ${where}` : `No assignment to ${where} is known to be added`,
    notAdded ? `${notAdded} not added` : '',
    unknown ? `${unknown} unknown: check again below` : '',
  ].filter(Boolean);
  return { ok: false, message: `${parts.join('; ')}.`, details, requestId: firstRequestId(items) };
}
