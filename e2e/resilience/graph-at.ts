import { tenantId } from '../../tests/demo-tenant.mjs';
import { signInAsApp } from '../../tests/headless-sign-in.mjs';

// Graph as the automation app sees it (client credentials), at any emulator: the shared one of the e2e run or a
// spec's own (server-pair.ts). It arranges and reads the directory beside the portal, never through it.

export type DirectoryUser = { id: string; displayName: string; userPrincipalName: string };
export type Assignment = { id: string; roleDefinitionId: string; principalId: string; directoryScopeId: string; principal?: { displayName?: string } };

export type AuditRow = { activityDisplayName: string; targetResources: Array<{ id: string; type: string }> };

export type GraphAt = ReturnType<typeof graphAt>;

/** App-token Graph calls against the emulator at `origin` (http://localhost:port). */
export function graphAt(origin: string) {
  let token: Promise<string> | null = null;
  const appToken = () => (token ??= signInAsApp({ origin, tenantId }));

  async function call(method: string, pathAndQuery: string, body?: unknown): Promise<Response> {
    return fetch(`${origin}/v1.0${pathAndQuery}`, {
      method,
      headers: { Authorization: `Bearer ${await appToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function getAll<T>(pathAndQuery: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = `${origin}/v1.0${pathAndQuery}`;
    while (url) {
      const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${await appToken()}` } });
      if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
      const page = (await response.json()) as { value: T[]; '@odata.nextLink'?: string };
      items.push(...page.value);
      url = page['@odata.nextLink'];
    }
    return items;
  }

  return {
    appToken,
    /** Members (not guests) with a name of their own, in display-name order: the people a spec gives roles to. */
    async members(): Promise<DirectoryUser[]> {
      const users = await getAll<DirectoryUser & { userType?: string; accountEnabled?: boolean }>(
        `/users?$select=id,displayName,userPrincipalName,userType,accountEnabled&$top=999`,
      );
      const counts = new Map<string, number>();
      for (const user of users) counts.set(user.displayName, (counts.get(user.displayName) ?? 0) + 1);
      return users
        .filter((u) => u.userType !== 'Guest' && u.accountEnabled !== false && counts.get(u.displayName) === 1)
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
    },
    /** Every assignment of a role, each with its principal. */
    async assignmentsOf(roleDefinitionId: string): Promise<Assignment[]> {
      const filter = encodeURIComponent(`roleDefinitionId eq '${roleDefinitionId}'`);
      return getAll<Assignment>(`/roleManagement/directory/roleAssignments?$filter=${filter}&$expand=principal&$top=999`);
    },
    async allAssignments(): Promise<Assignment[]> {
      return getAll<Assignment>(`/roleManagement/directory/roleAssignments?$top=999`);
    },
    /** Gives `principalId` the role at directory scope; an assignment that exists already counts as given. */
    async assign(roleDefinitionId: string, principalId: string, directoryScopeId = '/'): Promise<void> {
      for (let attempt = 1; ; attempt += 1) {
        const response = await call('POST', '/roleManagement/directory/roleAssignments', { roleDefinitionId, principalId, directoryScopeId });
        const text = await response.text();
        if (response.status === 201) return;
        if (response.status === 400 && text.includes('conflicting object')) return;
        // The arranging must not fail under the faults a spec sets for the portal.
        if (attempt < 8 && (response.status === 429 || response.status >= 500)) {
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          continue;
        }
        throw new Error(`Assigning ${roleDefinitionId} to ${principalId} answered ${response.status}: ${text}`);
      }
    },
    /**
     * Directory audit rows of one activity ("Add member to role", "Remove member from role"), read with `bearer`: the
     * automation app has no AuditLog.Read.All, so this takes an admin's delegated token (a session cookie's).
     */
    async audits(activityDisplayName: string, bearer: string): Promise<AuditRow[]> {
      const filter = encodeURIComponent(`activityDisplayName eq '${activityDisplayName}'`);
      const rows: AuditRow[] = [];
      let url: string | undefined = `${origin}/v1.0/auditLogs/directoryAudits?$filter=${filter}&$top=999`;
      while (url) {
        const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${bearer}` } });
        if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
        const page = (await response.json()) as { value: AuditRow[]; '@odata.nextLink'?: string };
        rows.push(...page.value);
        url = page['@odata.nextLink'];
      }
      return rows;
    },
  };
}
