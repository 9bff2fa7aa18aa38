// What the Audit logs filters offer, as plain data a client component may import (lib/views/audit.ts is server-only).

/** `value` is a user's object id, or `app:{appId}` for an application. */
export type AuditActorOption = { value: string; label: string; detail: string | null };
export type AuditRoleOption = { id: string; name: string };
