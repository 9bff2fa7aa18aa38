import { createHash } from 'node:crypto';

/** Namespace of the emulator's name-based ids (any fixed GUID works; this one is random, made once). */
const namespace = '6f1d2c3b-8a4e-4f5d-9c6b-7a8e9f0d1c2b';

export const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return guidPattern.test(value);
}

/** RFC 4122 version-5 (SHA-1, name-based) GUID: the same name always gives the same id. */
export function idFor(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return formatGuid(bytes);
}

function formatGuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID's bytes as .NET's Guid.ToByteArray() lays them out (first three groups little-endian). */
function guidBytesLittleEndian(guid: string): Buffer {
  const b = Buffer.from(guid.replace(/-/g, ''), 'hex');
  return Buffer.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)] as number[]);
}

/**
 * A role-assignment id in Graph's observed (undocumented) style: base64url of roleDefinitionId ‖ principalId
 * [‖ scope object id], little-endian GUID bytes, plus "-1" (tenant or object scope) or "-2" (AU scope).
 * Deterministic, so a duplicate (role, principal, scope) collides on the primary key as it does in Entra.
 */
export function assignmentId(roleDefinitionId: string, principalId: string, directoryScopeId: string): string {
  const parts = [guidBytesLittleEndian(roleDefinitionId), guidBytesLittleEndian(principalId)];
  const scope = parseDirectoryScope(directoryScopeId);
  if (scope && scope.kind !== 'tenant') parts.push(guidBytesLittleEndian(scope.objectId));
  return Buffer.concat(parts).toString('base64url') + (scope?.kind === 'administrativeUnit' ? '-2' : '-1');
}

export type DirectoryScope = { kind: 'tenant' } | { kind: 'administrativeUnit'; objectId: string } | { kind: 'object'; objectId: string };

/** Parses `/`, `/administrativeUnits/{id}` or `/{objectId}`; null for anything else. GUIDs come back lowercase. */
export function parseDirectoryScope(value: string): DirectoryScope | null {
  if (value === '/') return { kind: 'tenant' };
  const au = /^\/administrativeUnits\/([0-9a-f-]{36})$/i.exec(value);
  if (au && isGuid(au[1] as string)) return { kind: 'administrativeUnit', objectId: (au[1] as string).toLowerCase() };
  const object = /^\/([0-9a-f-]{36})$/i.exec(value);
  if (object && isGuid(object[1] as string)) return { kind: 'object', objectId: (object[1] as string).toLowerCase() };
  return null;
}

export function formatDirectoryScope(scope: DirectoryScope): string {
  if (scope.kind === 'tenant') return '/';
  return scope.kind === 'administrativeUnit' ? `/administrativeUnits/${scope.objectId}` : `/${scope.objectId}`;
}
