// What lib/ tests need to talk to the emulator the global setup started: its addresses, real tokens, a Graph
// client that records its log lines, and the emulator's admin endpoints.
import { inject } from 'vitest';
import { createGraphClient, type GraphClient, type GraphClientOptions, type GraphLogEntry } from '@/lib/graph/client';
import { emulatorAdmin, type LoggedRequest } from './emulator-admin';
import { signInAsApp, signInAsUser, type Authority } from './headless-sign-in.mjs';

export function authority(): Authority {
  return { origin: inject('emulatorOrigin'), tenantId: inject('tenantId') };
}

export function admin() {
  return emulatorAdmin(inject('emulatorOrigin'), inject('emulatorControlToken'));
}

const tokens = new Map<string, Promise<string>>();

/** A real token, fetched once per test file: `'app'` for Contoso Automation, else a demo user (`PattiF`). */
export function tokenFor(who: 'app' | string): Promise<string> {
  let token = tokens.get(who);
  if (!token) {
    token = who === 'app' ? signInAsApp(authority()) : signInAsUser(authority(), who);
    tokens.set(who, token);
  }
  return token;
}

export type RecordingGraph = { graph: GraphClient; log: GraphLogEntry[] };

/** A Graph client for `who` whose log lines are kept for assertions instead of printed. */
export async function graphAs(who: 'app' | string, options: Partial<GraphClientOptions> = {}): Promise<RecordingGraph> {
  const log: GraphLogEntry[] = [];
  const graph = createGraphClient({
    baseUrl: inject('graphBaseUrl'),
    accessToken: await tokenFor(who),
    logger: (entry) => log.push(entry),
    ...options,
  });
  return { graph, log };
}

/**
 * What the emulator served for the calls in `log`: requests carrying our client-request-ids, plus the inner
 * requests of our $batch calls (marked with the batch's request-id). Other test files share the emulator, so
 * the log is always read this way, never as a whole.
 */
export async function servedFor(log: readonly GraphLogEntry[]): Promise<LoggedRequest[]> {
  const ours = new Set(log.map((entry) => entry.clientRequestId));
  const batches = new Set(log.filter((entry) => entry.path === '/$batch').map((entry) => entry.requestId));
  return (await admin().requests()).filter(
    (served) => (served.clientRequestId !== null && ours.has(served.clientRequestId)) || (served.batchId !== undefined && batches.has(served.batchId)),
  );
}

// The built-in roles' template ids, where lib/ tests have always found them.
export { builtInRoles } from './demo-tenant.mjs';
