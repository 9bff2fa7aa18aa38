import type { Hono } from 'hono';
import type { Caller, Identity } from '../identity';
import type { FaultInjector } from '../faults';
import type { NewObjects } from '../new-objects';
import type { RequestLog } from '../request-log';
import type { Store } from '../store/store';

/** What the requests of one $batch share: they carry one token, so the caller's roles are read once for all. */
export type BatchShared = { callerRoleIds?: Promise<Set<string>> };

/** Per-request values the middleware sets for the Graph handlers; `Bindings.batch` on requests of a $batch. */
export type GraphEnv = {
  Bindings: { batch?: BatchShared };
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
