'use client';

// STUB (issue #5): the interface the role blade and the scoped blades use; the panel itself is being built.
import type { ScopeKind } from '@/lib/roles/scopes';

export type AddAssignmentsRole = { id: string; displayName: string; supportedScopeKinds: ScopeKind[] };

/** A scope the admin may pick: "/" (Directory), "/administrativeUnits/{id}" or "/{applicationObjectId}". */
export type ScopeOption = { directoryScopeId: string; kind: ScopeKind; name: string };

export type AddAssignmentsPanelProps = {
  role: AddAssignmentsRole;
  /** The scopes offered in the scope picker (only those the role supports). */
  scopeOptions: ScopeOption[];
  /** Set on a scoped blade (an administrative unit's or an app's): the scope is fixed and not offered. */
  fixedScope?: ScopeOption;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

export function AddAssignmentsPanel(props: AddAssignmentsPanelProps) {
  void props;
  return null;
}
