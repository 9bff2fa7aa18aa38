import { z } from 'zod';
import { roleAssignmentIdSchema } from '@/lib/graph/id-schemas';

/** The assignments a Remove names, from a role's blade or a user's: 1 to 100 of Graph's opaque ids. */
export const assignmentIdsToRemoveSchema = z
  .array(roleAssignmentIdSchema, 'Select at least one assignment to remove.')
  .min(1, 'Select at least one assignment to remove.')
  .max(100, 'Remove at most 100 assignments at a time.');
