/** Query keys for client-side reads, in one place so invalidation matches what was cached. */
export const queryKeys = {
  roleAssignmentTotals: () => ['role-assignment-totals'] as const,
  groupMembersPreview: (groupIds: readonly string[]) => ['group-members-preview', [...groupIds].sort()] as const,
  removalImpact: (roleId: string, assignmentIds: readonly string[]) => ['removal-impact', roleId, [...assignmentIds].sort()] as const,
  directorySearch: (query: string, types: readonly string[], holding?: { roleId: string; directoryScopeId: string }) =>
    ['directory-search', query, [...types].sort(), holding ?? null] as const,
  readAccess: (principalIds: readonly string[]) => ['read-access', [...principalIds].sort()] as const,
};
