'use client';

import { Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionResultBar } from '@/components/common/action-result-bar';
import { FixButton, ReadAccessNotice } from '@/components/scoped-roles/read-access-warning';
import { QueryScope } from '@/components/shell/query-scope';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Principal } from '@/lib/graph/directory-search';
import { queryKeys } from '@/lib/query/keys';
import { parseDirectoryScopeId } from '@/lib/roles/scope-kinds';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  checking: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export type ReadAccessPrecheckProps = {
  /** Who Add would give the role to. */
  principals: readonly Principal[];
  directoryScopeId: string;
  roleName: string;
};

async function readMissing(principals: readonly Principal[], signal: AbortSignal): Promise<string[]> {
  const params = new URLSearchParams({
    userIds: principals.filter((p) => p.kind === 'user').map((p) => p.id).join(','),
    servicePrincipalIds: principals.filter((p) => p.kind === 'servicePrincipal').map((p) => p.id).join(','),
  });
  const response = await fetch(`/api/directory/read-access?${params}`, { signal, headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as { missing?: string[]; error?: string } | null;
  if (!response.ok || !body?.missing) throw new Error(body?.error ?? 'Could not check who can read the directory.');
  return body.missing;
}

/**
 * Before Add at an administrative unit: the service principals and guests among the chosen members who could not use
 * the role there, because they can't read the directory, each with the unit blade's one-click fix (Directory Readers
 * at directory scope). The same warning the unit's blade shows afterwards, while there is still time to act on it.
 */
export function ReadAccessPrecheck(props: ReadAccessPrecheckProps) {
  const scope = parseDirectoryScopeId(props.directoryScopeId);
  const candidates = props.principals.filter((p) => p.kind === 'user' || p.kind === 'servicePrincipal');
  if (scope?.kind !== 'administrativeUnit' || candidates.length === 0) return null;
  return (
    <QueryScope>
      <Precheck {...props} principals={candidates} unitId={scope.id} />
    </QueryScope>
  );
}

function Precheck({ principals, roleName, unitId }: ReadAccessPrecheckProps & { unitId: string }) {
  const styles = useStyles();
  const client = useQueryClient();
  const [result, setResult] = useState<ActionResult | null>(null);
  const key = queryKeys.readAccess(principals.map((p) => p.id));
  const check = useQuery({ queryKey: key, queryFn: ({ signal }) => readMissing(principals, signal) });
  const missing = principals.filter((p) => check.data?.some((id) => id.toLowerCase() === p.id.toLowerCase()));
  const fixed = (outcome: ActionResult) => {
    setResult(outcome);
    void client.invalidateQueries({ queryKey: ['read-access'] });
  };

  return (
    <div className={styles.root}>
      <ActionResultBar result={result} />
      {check.isPending ? (
        <div className={styles.checking} role="status">
          <Spinner size="extra-tiny" aria-hidden />
          <Caption1>Checking who can read the directory…</Caption1>
        </div>
      ) : null}
      {check.isError ? <Caption1 role="status">{check.error.message}</Caption1> : null}
      {missing.length > 0 ? (
        <ReadAccessNotice
          title={missing.length === 1 ? `${missing[0]?.displayName} won't be able to use ${roleName} here yet` : `${missing.length} members won't be able to use ${roleName} here yet`}
          items={missing.map((principal) => ({
            id: principal.id,
            text: (
              <>
                <strong>{principal.displayName}</strong> ({principal.kind === 'servicePrincipal' ? 'service principal' : 'guest'}) holds no role that
                reads the directory.
              </>
            ),
            fix: <FixButton warning={{ principalId: principal.id, displayName: principal.displayName }} unitId={unitId} onResult={fixed} />,
          }))}
        />
      ) : null}
    </div>
  );
}
