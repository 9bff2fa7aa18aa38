import type { Queryable } from '../store/db';
import { defaultRules, type PolicyRule } from './default-rules';

/** One role's policy as stored: its rules (defaults with the admin's changes laid over) and who last changed it. */
export type StoredPolicy = {
  roleDefinitionId: string;
  rules: PolicyRule[];
  lastModifiedDateTime: Date | null;
  lastModifiedBy: { id: string | null; displayName: string | null };
};

type OverrideRow = { role_definition_id: string; rule_id: string; rule: PolicyRule };
type UpdateRow = { role_definition_id: string; last_modified_date_time: Date; last_modified_by_id: string | null; last_modified_by_display_name: string | null };

/** The policies of these roles (ids as role_definitions stores them), in the order given. */
export async function loadPolicies(db: Queryable, roleDefinitionIds: string[]): Promise<StoredPolicy[]> {
  if (roleDefinitionIds.length === 0) return [];
  const ids = roleDefinitionIds.map((id) => id.toLowerCase());
  const [overrides, updates] = await Promise.all([
    db.query<OverrideRow>(
      `select role_definition_id::text, rule_id, rule from role_management_policy_rules
        where role_definition_id = any(string_to_array($1, ',')::uuid[])`,
      [ids.join(',')],
    ),
    db.query<UpdateRow>(
      `select role_definition_id::text, last_modified_date_time, last_modified_by_id::text, last_modified_by_display_name
         from role_management_policy_updates where role_definition_id = any(string_to_array($1, ',')::uuid[])`,
      [ids.join(',')],
    ),
  ]);
  const changed = new Map<string, Map<string, PolicyRule>>();
  for (const row of overrides.rows) {
    const rules = changed.get(row.role_definition_id) ?? new Map<string, PolicyRule>();
    rules.set(row.rule_id, row.rule);
    changed.set(row.role_definition_id, rules);
  }
  const updated = new Map(updates.rows.map((row) => [row.role_definition_id, row]));
  return ids.map((roleDefinitionId) => {
    const own = changed.get(roleDefinitionId);
    const update = updated.get(roleDefinitionId);
    return {
      roleDefinitionId,
      rules: defaultRules().map((rule) => own?.get(rule.id) ?? rule),
      lastModifiedDateTime: update?.last_modified_date_time ?? null,
      lastModifiedBy: { id: update?.last_modified_by_id ?? null, displayName: update?.last_modified_by_display_name ?? null },
    };
  });
}

/** One role's rules: the defaults with the admin's changes laid over. */
export async function loadPolicyRules(db: Queryable, roleDefinitionId: string): Promise<PolicyRule[]> {
  const [policy] = await loadPolicies(db, [roleDefinitionId]);
  return policy?.rules ?? defaultRules();
}

/** Stores a changed rule (replacing an earlier change) and stamps the policy with who changed it and when. */
export async function savePolicyRule(
  db: Queryable,
  roleDefinitionId: string,
  rule: PolicyRule,
  change: { at: Date; by: { id: string | null; displayName: string | null } },
): Promise<void> {
  const id = roleDefinitionId.toLowerCase();
  await db.query(
    `insert into role_management_policy_rules (role_definition_id, rule_id, rule) values ($1::uuid, $2, $3)
     on conflict (role_definition_id, rule_id) do update set rule = excluded.rule`,
    [id, rule.id, JSON.stringify(rule)],
  );
  await db.query(
    `insert into role_management_policy_updates (role_definition_id, last_modified_date_time, last_modified_by_id, last_modified_by_display_name)
     values ($1::uuid, $2, $3, $4)
     on conflict (role_definition_id) do update set last_modified_date_time = excluded.last_modified_date_time,
       last_modified_by_id = excluded.last_modified_by_id, last_modified_by_display_name = excluded.last_modified_by_display_name`,
    [id, change.at.toISOString(), change.by.id, change.by.displayName],
  );
}
