// The emulator's control endpoints (/_emulator/…): faults, the request log, reseeding. They can wipe the shared
// tenant, so they answer only a caller that shows the control token, a secret of their own: never a Graph token,
// never a request dispatched from a $batch, and (unless EMULATOR_ALLOW_REMOTE) only loopback callers.
// GET /_emulator/health stays open as the readiness probe and says nothing secret.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { isLoopbackHost } from './config';
import { faultSettingsSchema } from './faults';
import { addIsoDuration, parseIsoDuration } from './policies/iso-duration';
import { batchHeader } from './graph/batch';
import type { GraphDeps, GraphEnv } from './graph/context';

export const controlTokenHeader = 'x-emulator-control-token';
export const controlTokenFileName = 'control-token';

export type ControlToken = {
  value: string;
  /** Where a script finds it: the file written at start, or null when it came from the environment or an option. */
  filePath: string | null;
};

/**
 * The configured token (EMULATOR_CONTROL_TOKEN or startEmulator's `controlToken`), or a random one written to
 * `<dataDir>/control-token` (0600) for local scripts. A configured token removes a stale file, so a script never
 * reads a token the running emulator does not accept.
 */
export async function resolveControlToken(configured: string | undefined, dataDir: string): Promise<ControlToken> {
  const filePath = path.join(dataDir, controlTokenFileName);
  if (configured) {
    await rm(filePath, { force: true });
    return { value: configured, filePath: null };
  }
  const value = randomBytes(24).toString('base64url');
  await writeFile(filePath, `${value}\n`, { mode: 0o600 });
  await chmod(filePath, 0o600); // writeFile's mode applies only when it creates the file
  return { value, filePath };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests in constant time, so the answer's timing says nothing about how much of a guess was right. */
function tokenMatches(presented: string | undefined, expected: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(expected));
}

function remoteIsLoopback(c: Context<GraphEnv>): boolean {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const address = incoming?.socket?.remoteAddress;
  if (!address) return !c.env?.batch; // app.request() from inside the process, but never on behalf of a $batch
  return isLoopbackHost(address.replace(/^::ffff:/, ''));
}

export function tokenHelp(token: ControlToken): string {
  const where = token.filePath
    ? `the token printed when the emulator started, also in ${token.filePath}`
    : 'the EMULATOR_CONTROL_TOKEN (or startEmulator controlToken) the emulator was started with';
  return `The emulator's control endpoints need the header ${controlTokenHeader}: <token>, where <token> is ${where}. A Graph access token is not accepted.`;
}

/** The PIM clock (pim/clock.ts): the instant schedules are judged by, and how far it is from real time. */
function clockState(deps: GraphDeps) {
  return { now: deps.store.pimClock.now().toISOString(), offsetMs: deps.store.pimClock.offsetMs };
}

/** Mounts /_emulator/* on the app. */
export function registerControlRoutes(app: Hono<GraphEnv>, deps: GraphDeps, token: ControlToken, allowRemote: boolean): void {
  const { faults, requestLog } = deps;
  const control = new Hono<GraphEnv>();
  control.use('*', async (c, next) => {
    if (c.env?.batch || c.req.header(batchHeader)) return c.json({ error: 'The control endpoints cannot be called through $batch.' }, 400);
    if (!allowRemote && !remoteIsLoopback(c)) return c.json({ error: 'The control endpoints answer loopback callers only.' }, 403);
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.path === '/_emulator/health') return next();
    if (!tokenMatches(c.req.header(controlTokenHeader), token.value)) {
      return c.json({ error: { code: 'ControlTokenRequired', message: tokenHelp(token) } }, 401);
    }
    await next();
  });
  control.get('/health', (c) => c.json({ status: 'ok', tenantId: deps.tenantId, seed: deps.store.seedKind }));
  control.get('/faults', (c) => c.json(faults.current));
  control.put('/faults', async (c) => {
    const parsed = faultSettingsSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, 400);
    faults.apply(parsed.data);
    return c.json(faults.current);
  });
  control.get('/requests', (c) => c.json(requestLog.list()));
  control.delete('/requests', (c) => {
    requestLog.clear();
    return c.body(null, 204);
  });
  control.get('/clock', (c) => c.json(clockState(deps)));
  control.put('/clock', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { now?: unknown; advanceBy?: unknown } | null;
    const clock = deps.store.pimClock;
    if (body && typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now)) && body.advanceBy === undefined) {
      clock.set(new Date(body.now));
    } else if (body && typeof body.advanceBy === 'string' && body.now === undefined) {
      const duration = parseIsoDuration(body.advanceBy);
      if (!duration) return c.json({ error: `advanceBy: '${body.advanceBy}' is not an ISO 8601 duration (e.g. PT6M, P1D).` }, 400);
      clock.set(addIsoDuration(clock.now(), duration));
    } else {
      return c.json({ error: 'Send {"now": "<ISO instant>"} or {"advanceBy": "<ISO 8601 duration>"}.' }, 400);
    }
    deps.store.pimSweeper.invalidate();
    return c.json({ now: clockState(deps).now });
  });
  control.post('/reset', async (c) => {
    const started = performance.now();
    await deps.store.reseed();
    faults.apply(faults.current);
    return c.json({ status: 'reseeded', seed: deps.store.seedKind, durationMs: Math.round(performance.now() - started) });
  });
  app.route('/_emulator', control);
}
