'use client';

import { onDemand } from '@/components/common/on-demand';

// The Add and Remove of every blade that changes role assignments, loaded when first opened (components/common/on-demand.tsx).
export const AddAssignmentsPanel = onDemand(() => import('./add-assignments-panel').then((module) => module.AddAssignmentsPanel));
export const RemoveAssignmentDialog = onDemand(() => import('./remove-assignment-dialog').then((module) => module.RemoveAssignmentDialog));
export const AddPrincipalAssignmentsPanel = onDemand(() =>
  import('./add-principal-assignments-panel').then((module) => module.AddPrincipalAssignmentsPanel),
);
