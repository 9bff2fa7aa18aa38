import { z } from 'zod';
import { CUSTOM_ROLE_ACTIONS_MAX, CUSTOM_ROLE_DESCRIPTION_MAX, CUSTOM_ROLE_NAME_MAX, customRoleMessages as m, RESOURCE_ACTION } from './custom-role-body';

// What New custom role and Edit send, as the server action checks it. Only the shape is checked here: whether Graph
// allows an action, a name or a 101st role is Graph's to say (lib/graph refusals). The wizard checks the same limits
// with the same messages without zod (custom-role-body.ts customRoleInputProblems).

export const customRoleInputSchema = z.object({
  displayName: z.string().trim().min(1, m.nameMissing).max(CUSTOM_ROLE_NAME_MAX, m.nameTooLong),
  description: z.string().trim().max(CUSTOM_ROLE_DESCRIPTION_MAX, m.descriptionTooLong),
  isEnabled: z.boolean(),
  actions: z.array(z.string().trim().regex(RESOURCE_ACTION, m.actionMalformed)).min(1, m.actionsMissing).max(CUSTOM_ROLE_ACTIONS_MAX, m.actionsTooMany),
});
export type CustomRoleInput = z.infer<typeof customRoleInputSchema>;
