import { z } from 'zod';
import rawFacts from './data/builtin-role-facts.json';
import { idKey } from './role-inputs';
import { SCOPE_KINDS } from './scope-kinds';

// Facts Graph v1.0 does not return; see data/PROVENANCE.md for where each one comes from.

export const scopeKindSchema = z.enum(SCOPE_KINDS);

const builtInRoleFactSchema = z.object({
  displayName: z.string(),
  isPrivileged: z.boolean(),
  assignableScopes: z.array(scopeKindSchema),
  hidden: z.boolean(),
});
export type BuiltInRoleFact = z.infer<typeof builtInRoleFactSchema>;

const builtInRoleFactsSchema = z.object({
  privilegedActionPatterns: z.array(z.string()).min(1),
  roles: z.record(z.guid(), builtInRoleFactSchema),
});

// Parsed once at import, so an edited or truncated facts file fails loudly instead of mislabelling roles.
const facts = builtInRoleFactsSchema.parse(rawFacts);
const byTemplateId = new Map(Object.entries(facts.roles).map(([id, fact]) => [idKey(id), fact]));

/** Microsoft's published facts about a built-in role, or undefined for a template id the snapshot lacks. */
export function builtInRoleFact(templateId: string): BuiltInRoleFact | undefined {
  return byTemplateId.get(idKey(templateId));
}

/** Every built-in template id in the snapshot. */
export function builtInTemplateIds(): string[] {
  return [...byTemplateId.keys()];
}

export const PRIVILEGED_ACTION_PATTERNS: readonly string[] = facts.privilegedActionPatterns;
