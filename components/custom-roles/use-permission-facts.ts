'use client';

import { useCallback, useMemo, useState } from 'react';
import { actionLookup, type CustomRoleAction, type CustomRoleCatalog } from '@/lib/roles/custom-role-catalog';
import { privilegedAmong } from './actions';

export type PermissionFacts = {
  catalog: CustomRoleCatalog;
  /** The listed action an action string is, if any. */
  find: (action: string) => CustomRoleAction | undefined;
  /** Whether the action makes the role privileged: the list says so, or the server said so of one typed by name. */
  isPrivileged: (action: string) => boolean;
  /** Asks the server about actions typed by name (the privileged rule is not in the browser's code). */
  learn: (actions: string[]) => void;
};

const key = (action: string) => action.trim().toLowerCase();

export function usePermissionFacts(catalog: CustomRoleCatalog, privilegedUnlisted: readonly string[]): PermissionFacts {
  const find = useMemo(() => actionLookup(catalog.flatMap((group) => group.actions)), [catalog]);
  const [privileged, setPrivileged] = useState(() => new Set(privilegedUnlisted.map(key)));
  const isPrivileged = useCallback((action: string) => find(action)?.privileged ?? privileged.has(key(action)), [find, privileged]);
  const learn = useCallback(
    (actions: string[]) => {
      const unknown = actions.filter((action) => !find(action));
      if (!unknown.length) return;
      // Best effort: without an answer the badge is missing here, and the role's blade shows the label once saved.
      void privilegedAmong(unknown)
        .then((found) => found.length && setPrivileged((current) => new Set([...current, ...found.map(key)])))
        .catch(() => undefined);
    },
    [find],
  );
  return { catalog, find, isPrivileged, learn };
}
