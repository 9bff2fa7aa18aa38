// What lib/ tests need to talk to the emulator the global setup started: its addresses, real tokens, a Graph
// client that records its log lines, and the emulator's admin endpoints.
import { inject } from 'vitest';
import { createGraphClient, type GraphClient, type GraphClientOptions, type GraphLogEntry } from '@/lib/graph/client';
import { emulatorAdmin, type LoggedRequest } from './emulator-admin';
import { signInAsApp, signInAsUser, type Authority } from './sign-in';

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

// Built-in role template ids (public, the same in every tenant: Entra's permissions reference).
export const builtInRoles = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
} as const;
