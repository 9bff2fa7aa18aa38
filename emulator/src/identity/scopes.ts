import { aadsts, type EntraError } from './errors';

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/** What `https://graph.microsoft.com/.default` means for the portal: its pre-consented delegated permissions. */
export const PORTAL_DEFAULT_SCOPES = [
  'User.Read',
  'Directory.Read.All',
  'RoleManagement.ReadWrite.Directory',
];

/** What a client-credentials token for the automation app carries (its application permissions). */
export const AUTOMATION_APP_ROLES = ['RoleManagement.ReadWrite.Directory', 'Directory.Read.All'];

export type ParsedScopes = {
  /** Graph permission names, bare (`User.Read`), as they appear in `scp`. */
  graph: string[];
  /** OIDC scopes requested (`openid`, `offline_access`, ...). */
  oidc: string[];
  /** The requested Graph scopes in the form the client wrote them, echoed in the token response's `scope`. */
  echoed: string[];
};

const GRAPH_PREFIXES = [`${GRAPH_RESOURCE}/`, `${GRAPH_APP_ID}/`];
const PERMISSION_NAME = /^[A-Za-z][A-Za-z0-9._-]{0,127}$/;

/**
 * Splits a space-separated `scope` into Graph and OIDC scopes. `https://graph.microsoft.com/X` and bare `X` are both
 * Graph scope X (Graph is the default resource). Any other resource is refused: the emulator only hosts Graph.
 * Returns the first offending scope when one is not valid.
 */
export function parseScopes(scope: string): ParsedScopes | { invalid: string } {
  const graph: string[] = [];
  const oidc: string[] = [];
  const echoed: string[] = [];
  for (const raw of scope.split(' ').filter(Boolean)) {
    const lower = raw.toLowerCase();
    if ((OIDC_SCOPES as readonly string[]).includes(lower)) {
      if (!oidc.includes(lower)) oidc.push(lower);
      continue;
    }
    const prefix = GRAPH_PREFIXES.find((p) => lower.startsWith(p));
    const name = prefix ? raw.slice(prefix.length) : raw;
    if (name === '.default') {
      for (const s of PORTAL_DEFAULT_SCOPES) addScope(graph, s);
      if (!echoed.includes(raw)) echoed.push(raw);
      continue;
    }
    if (!PERMISSION_NAME.test(name)) return { invalid: raw };
    if (addScope(graph, name)) echoed.push(raw);
  }
  return { graph, oidc, echoed };
}

function addScope(list: string[], scope: string): boolean {
  if (list.some((s) => s.toLowerCase() === scope.toLowerCase())) return false;
  list.push(scope);
  return true;
}

/**
 * Client credentials may ask only for `{resource}/.default`, and the emulator hosts one resource, Graph. Returns
 * Entra's refusal, or null when the scope is Graph's `.default`.
 */
export function checkClientCredentialsScope(scope: string, tenantId: string): EntraError | null {
  const parts = scope.split(' ').filter(Boolean);
  const [only] = parts;
  if (parts.length !== 1 || only === undefined) return aadsts.invalidScope(scope);
  const lower = only.toLowerCase();
  if (!lower.endsWith('/.default')) return aadsts.clientCredentialsNeedDefault(only);
  if (GRAPH_PREFIXES.some((p) => lower === `${p}.default`)) return null;
  return aadsts.resourceNotFound(only.slice(0, -'/.default'.length), tenantId);
}
