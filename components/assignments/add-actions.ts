'use server';

import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/actions/action-result';
import { writeAsSignedInAdmin } from '@/lib/actions/with-signed-in-admin';
import { directoryScopeIdSchema } from '@/lib/graph/server';
import { addScheduledRoleAssignmentsFor } from '@/lib/actions/add-role-assignments';
import { scheduleProblem } from '@/lib/roles/assignment-setting';
import type { RoleSettings } from '@/lib/roles/role-settings';
import { loadRoleSettings } from '@/lib/views/role-settings';

const maxPrincipals = 20;

// An empty form field is "not given": from now, permanent, no justification.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === null || value === '' ? undefined : value), schema.optional());
const isoDateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Enter a valid date and time.');

const input = z
  .object({
    roleId: z.guid('The role is missing. Refresh the page and try again.'),
    principalIds: z
      .array(z.guid('A selected member has a malformed id. Remove it and try again.'))
      .min(1, 'Select at least one member.')
      .max(maxPrincipals, `Select at most ${maxPrincipals} members at a time.`),
    directoryScopeId: directoryScopeIdSchema,
    // Without a Setting step (an older page still open): Active and permanent, as Add always did.
    assignmentType: optional(z.enum(['eligible', 'active'], 'Choose Eligible or Active.')).transform((value) => value ?? 'active'),
    startDateTime: optional(isoDateTime),
    endDateTime: optional(isoDateTime),
    justification: optional(z.string().trim().max(500, 'Keep the justification under 500 characters.')),
  })
  .superRefine((value, context) => {
    const problem = scheduleProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  });

/**
 * Add assignments: one role, one scope, 1–20 users, role-assignable groups or service principals, with the Setting
 * step's assignment type, schedule and justification.
 */
export async function addRoleAssignments(_: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = input.safeParse({
    roleId: form.get('roleId'),
    principalIds: form.getAll('principalId'),
    directoryScopeId: form.get('directoryScopeId'),
    assignmentType: form.get('assignmentType'),
    startDateTime: form.get('startDateTime'),
    endDateTime: form.get('endDateTime'),
    justification: form.get('justification'),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  return writeAsSignedInAdmin(({ graph }) => addScheduledRoleAssignmentsFor(graph, parsed.data));
}

/** The Setting step's read of the role's rules: the settings, or why Graph wouldn't show them (the step then shows Graph's defaults apply). */
export async function readAddSettings(roleId: string): Promise<{ ok: true; settings: RoleSettings } | { ok: false; message: string }> {
  const parsed = z.guid().safeParse(roleId);
  if (!parsed.success) return { ok: false, message: 'The role is missing.' };
  const read = await loadRoleSettings(parsed.data);
  return read.ok ? { ok: true, settings: read.settings } : { ok: false, message: read.message };
}
