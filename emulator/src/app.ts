import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { getPath } from 'hono/utils/url';
import { registerControlRoutes, type ControlToken } from './control';
import { registerAdministrativeUnitRoutes } from './graph/administrative-units';
import { registerApplicationRoutes } from './graph/applications';
import { registerAuditRoutes } from './graph/audit';
import { batchHeader, registerBatchRoutes } from './graph/batch';
import type { GraphDeps, GraphEnv } from './graph/context';
import { decodeOrKeep, decodes } from './graph/decode';
import { registerDirectoryRoleRoutes } from './graph/directory-roles';
import { badRequest, errorBody, GraphError, methodNotAllowed, notFound, segmentNotFound } from './graph/errors';
import { registerGroupRoutes } from './graph/groups';
import { registerRoleAssignmentRoutes } from './graph/role-assignments';
import { registerRoleDefinitionRoutes } from './graph/role-definitions';
import { registerRoleManagementPolicyRoutes } from './graph/role-management-policies';
import { registerRoleScheduleRequestRoutes } from './graph/role-schedule-requests';
import { registerRoleScheduleRoutes } from './graph/role-schedules';
import { registerUserRoutes } from './graph/users';

/** Static path segments of the Graph routes: the first unknown one names Graph's "segment" 404. */
const segmentSpellings = [
  'v1.0', 'roleManagement', 'directory', 'roleDefinitions', 'roleAssignments', 'administrativeUnits', 'members', 'scopedRoleMembers',
  'directoryRoles', 'users', 'groups', 'applications', 'servicePrincipals', 'me', 'memberOf', 'transitiveMemberOf', 'auditLogs', 'directoryAudits',
  '$batch', '$ref', 'microsoft.graph.user', 'microsoft.graph.group', 'microsoft.graph.servicePrincipal',
  'microsoft.graph.administrativeUnit',
  'policies', 'roleManagementPolicies', 'roleManagementPolicyAssignments', 'rules', 'effectiveRules',
  'roleEligibilityScheduleRequests', 'roleEligibilitySchedules', 'roleEligibilityScheduleInstances', 'roleAssignmentScheduleRequests',
  'roleAssignmentSchedules', 'roleAssignmentScheduleInstances', 'cancel', 'filterByCurrentUser',
];
const canonicalSegments = new Map(segmentSpellings.map((s) => [s.toLowerCase(), s]));
const knownSegments = new Set(canonicalSegments.keys());

/** Graph's path segments are case-insensitive (`/Users`, `/%24batch`): route on their canonical spelling. */
function canonicalPath(request: Request): string {
  const path = getPath(request);
  if (!/^\/v1\.0(\/|$)/i.test(path)) return path;
  return path
    .split('/')
    .map((segment) => {
      const decoded = segment.replace(/%24/gi, '$');
      return canonicalSegments.get(decoded.toLowerCase()) ?? segment;
    })
    .join('/');
}
const idLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|@|^[A-Za-z0-9_-]{40,}-[12]$/i;

export const maxRequestBodyBytes = 4 * 1024 * 1024;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Hono app both listeners serve: control endpoints, sign-in (identity half) and Graph v1.0. */
export function createApp(deps: GraphDeps, control: { token: ControlToken; allowRemote: boolean }): Hono<GraphEnv> {
  const app = new Hono<GraphEnv>({ getPath: canonicalPath });
  const { faults, requestLog, identity } = deps;

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.set('batchId', c.req.header(batchHeader));
    c.set('newObjects', deps.store.newObjects);
    await next();
    const clientRequestId = c.req.header('client-request-id');
    c.header('request-id', requestId);
    c.header('client-request-id', clientRequestId ?? requestId);
    const url = new URL(c.req.url);
    if (!url.pathname.startsWith('/_emulator')) {
      const batchId = c.get('batchId');
      requestLog.add({
        method: c.req.method,
        path: decodeOrKeep(url.pathname) + url.search,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        time: new Date().toISOString(),
        clientRequestId: clientRequestId ?? null,
        ...(batchId ? { batchId } : {}),
      });
    }
  });

  // Graph refuses bodies over 4 MB; the bound also caps what one $batch can carry into its 20 inner requests.
  app.use(
    '*',
    bodyLimit({
      maxSize: maxRequestBodyBytes,
      onError: () => {
        throw new GraphError(413, 'RequestEntityTooLarge', `The request body exceeds the limit of ${maxRequestBodyBytes} bytes.`);
      },
    }),
  );

  // Outside every route (`/`, a path a client normalised out of /v1.0): Graph's 404 envelope, not a bare text page.
  app.notFound((c) => {
    const segment = decodeOrKeep(c.req.path.split('/').filter(Boolean)[0] ?? '');
    return c.json(errorBody('Request_ResourceNotFound', `Resource not found for the segment '${segment.slice(0, 200)}'.`, c.get('requestId') ?? randomUUID(), c.req.header('client-request-id')), 404);
  });

  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? randomUUID();
    if (error instanceof GraphError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(errorBody(error.code, error.message, requestId, c.req.header('client-request-id')), error.status as 400);
    }
    // PostgreSQL data exceptions (class 22, e.g. a value that is not a GUID) come from input: fail closed with 400.
    const sqlState = (error as { code?: unknown }).code;
    if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
      return c.json(errorBody('Request_BadRequest', 'Invalid request: a value has the wrong format.', requestId, c.req.header('client-request-id')), 400);
    }
    // Class 54 (program limit exceeded: stack depth, too many arguments) means the input was too big or deep.
    if (typeof sqlState === 'string' && sqlState.startsWith('54')) {
      return c.json(errorBody('BadRequest', 'The request is too complex to process.', requestId, c.req.header('client-request-id')), 400);
    }
    // Hono's own refusals (a body it cannot read, …) keep their 4xx status, in Graph's envelope.
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('BadRequest', 'The request could not be read.', requestId, c.req.header('client-request-id')), error.status);
    }
    // Anything else is a bug: the log keeps the stack, the client gets Graph's envelope without internal text.
    console.error(error);
    return c.json(errorBody('InternalServerError', 'The emulator failed to process the request.', requestId, c.req.header('client-request-id')), 500);
  });

  registerControlRoutes(app, deps, control.token, control.allowRemote);

  // A path whose percent-encoding does not decode (`/users/%zz`) names no resource: 400, as Graph answers it.
  app.use('/v1.0/*', async (c, next) => {
    const rawPath = new URL(c.req.url).pathname;
    if (!decodes(rawPath)) throw badRequest(`The request URI is not valid: '${rawPath.slice(0, 200)}' is not percent-encoded correctly.`, 'BadRequest');
    await next();
  });

  // Faults apply to Graph only: a $batch envelope gets the latency, its inner requests each get the rest.
  app.use('/v1.0/*', async (c, next) => {
    const graphPath = c.req.path.slice('/v1.0'.length);
    if (!faults.appliesTo(graphPath)) return next();
    const latency = faults.latencyMs();
    if (latency > 0) await sleep(latency);
    if (c.req.method === 'POST' && graphPath === '/$batch') return next();
    const fault = faults.pick(c.req.method, graphPath);
    if (fault?.kind === 'notReplicated') throw notFound(graphPath.split('/').filter(Boolean).pop() ?? graphPath);
    if (fault?.kind === 'status') {
      const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
      if (fault.status === 429) throw new GraphError(429, 'TooManyRequests', 'Too many requests. Please retry after the number of seconds in the Retry-After header.', headers);
      if (fault.status === 503) throw new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry after a delay.', headers);
      throw new GraphError(500, 'generalException', 'General exception while processing.', headers);
    }
    await next();
  });

  app.use('/v1.0/*', async (c, next) => {
    const result = await identity.verifyRequest(c.req.header('Authorization'));
    if ('error' in result) {
      throw new GraphError(401, 'InvalidAuthenticationToken', result.message, {
        'WWW-Authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
      });
    }
    c.set('caller', result);
    await next();
  });

  // PIM schedules end and start as the PIM clock passes their times, checked lazily before each Graph request.
  app.use('/v1.0/*', async (c, next) => {
    await deps.store.pimSweeper.sweepIfDue(deps.store.db, deps.store.pimClock.now(), { tenantId: deps.tenantId, newObjects: deps.store.newObjects });
    await next();
  });

  registerRoleDefinitionRoutes(app, deps);
  registerRoleAssignmentRoutes(app, deps);
  registerRoleScheduleRequestRoutes(app, deps);
  registerRoleScheduleRoutes(app, deps);
  registerDirectoryRoleRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerGroupRoutes(app, deps);
  registerApplicationRoutes(app, deps);
  registerAdministrativeUnitRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerRoleManagementPolicyRoutes(app, deps);
  registerBatchRoutes(app, () => app);

  app.all('/v1.0/*', (c) => {
    const segments = c.req.path.split('/').filter(Boolean).map(decodeOrKeep);
    const unknown = segments.find((s) => !knownSegments.has(s.toLowerCase()) && !idLike.test(s));
    if (unknown === undefined && segments.length > 1) throw methodNotAllowed();
    throw segmentNotFound(unknown ?? segments[segments.length - 1] ?? 'v1.0');
  });

  // Sign-in endpoints of the identity half (/{tenant}/oauth2/v2.0/..., /{tenant}/v2.0/.well-known/...).
  app.route('/', identity.routes as unknown as Hono<GraphEnv>);
  return app;
}
