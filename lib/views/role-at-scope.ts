/** One role assignment as the lists of held roles show it (My roles, a user's and a group's Assigned roles). */
export type RoleAtScope = {
  assignmentId: string;
  roleId: string;
  roleName: string;
  privileged: boolean;
  /** "Directory", "Administrative unit" or "Application". */
  scopeKindLabel: string;
  scopeName: string;
};
