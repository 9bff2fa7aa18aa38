/** Query keys for client-side reads, in one place so invalidation matches what was cached. */
export const queryKeys = {
  roleAssignmentTotals: () => ['role-assignment-totals'] as const,
  groupMembersPreview: (groupIds: readonly string[]) => ['group-members-preview', [...groupIds].sort()] as const,
  directorySearch: (query: string, types: readonly string[]) => ['directory-search', query, [...types].sort()] as const,
};
