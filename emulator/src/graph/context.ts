import type { Hono } from 'hono';
import type { Caller, Identity } from '../identity';
import type { FaultInjector } from '../faults';
import type { NewObjects } from '../new-objects';
import type { RequestLog } from '../request-log';
import type { Store } from '../store/store';

/** Per-request values the middleware sets for the Graph handlers. */
export type GraphEnv = {
  Variables: {
    requestId: string;
    caller: Caller;
    /** Set on requests dispatched from a $batch, so the log can mark them. */
    batchId: string | undefined;
    /** Tenant-scope role definition ids of a delegated caller (direct or via role-assignable groups), cached per request. */
    callerRoleIds: Set<string> | undefined;
    /** The store's source of new ids and timestamps, for helpers that see the request but not the deps (audit). */
    newObjects: NewObjects;
  };
};

export type GraphApp = Hono<GraphEnv>;

export type GraphDeps = {
  store: Store;
  faults: FaultInjector;
  identity: Identity;
  requestLog: RequestLog;
  tenantId: string;
};
