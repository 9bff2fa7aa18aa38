import type { Context } from 'hono';
import type { Caller } from '../identity';
import { policyAssignmentIdFor, policyGuidFor, policyIdFor, type PolicyRule } from '../policies/default-rules';
import { applySelect, contextSuffix, equalityClauses, parseExpand, type ExpandNode, type ExpandSchema } from '../policies/odata';
import { policyPermissions, policyReaderRoles, policyWriterRoles } from '../policies/permissions';
import { loadPolicies, savePolicyRule, type StoredPolicy } from '../policies/policy-store';
import { applyRulePatch } from '../policies/rule-patch';
import type { Queryable } from '../store/db';
import { recordAudit } from './audit';
import { requireWrite } from './authorize';
import { readJsonBody } from './body';
import type { GraphApp, GraphDeps, GraphEnv } from './context';
import { badRequest, notFound } from './errors';
import { encodeSkipToken, nextLink, readQuery } from './query';
import { graphJson } from './respond';

/**
 * PIM role settings for Entra roles: /policies/roleManagementPolicyAssignments (one per role definition) and
 * /policies/roleManagementPolicies with their rules, of which only the rules can change
 * (https://learn.microsoft.com/graph/api/resources/unifiedrolemanagementpolicy).
 */

const assignmentType = 'microsoft.graph.unifiedRoleManagementPolicyAssignment';
const policyType = 'microsoft.graph.unifiedRoleManagementPolicy';
const ruleType = 'microsoft.graph.unifiedRoleManagementPolicyRule';

const assignmentProperties = ['id', 'policyId', 'scopeId', 'scopeType', 'roleDefinitionId'] as const;
const policyProperties = ['id', 'displayName', 'description', 'isOrganizationDefault', 'scopeId', 'scopeType', 'lastModifiedDateTime', 'lastModifiedBy'] as const;
// The derived rule types' properties together: a nested $select may name any of them.
const ruleProperties = [
  'id', 'target', 'isExpirationRequired', 'maximumDuration', 'enabledRules', 'setting', 'isEnabled', 'claimValue',
  'notificationType', 'recipientType', 'notificationLevel', 'isDefaultRecipientsEnabled', 'notificationRecipients',
] as const;

const rulesSchema: ExpandSchema = { typeName: ruleType, children: {} };
const policySchema: ExpandSchema = { typeName: policyType, children: { rules: rulesSchema, effectiveRules: rulesSchema } };
const assignmentSchema: ExpandSchema = { typeName: assignmentType, children: { policy: policySchema } };

const filterRequired = () => badRequest('The filter on scopeId and scopeType is required.', 'BadRequest');

type RoleRow = { id: string; display_name: string };

/** Every role definition, built-ins first: each has exactly one policy. */
async function listRoles(db: Queryable): Promise<RoleRow[]> {
  const result = await db.query<RoleRow>('select id::text, display_name from role_definitions order by is_built_in desc, lower(display_name), id');
  return result.rows;
}

/** The role a policy id belongs to: `DirectoryRole_{tenantId}_{policyGuid}`, the guid being name-based on the role. */
async function roleOfPolicy(db: Queryable, tenantId: string, policyId: string): Promise<RoleRow> {
  const match = /^DirectoryRole_([0-9a-f-]{36})_([0-9a-f-]{36})$/i.exec(policyId);
  if (match && (match[1] as string).toLowerCase() === tenantId.toLowerCase()) {
    const guid = (match[2] as string).toLowerCase();
    const role = (await listRoles(db)).find((r) => policyGuidFor(r.id) === guid);
    if (role) return role;
  }
  throw notFound(policyId);
}

function ruleJson(rule: PolicyRule, select: string[] | null): Record<string, unknown> {
  return applySelect({ ...rule }, select, ruleProperties, ruleType);
}

function policyJson(tenantId: string, policy: StoredPolicy, select: string[] | null, expand: ExpandNode[]): Record<string, unknown> {
  const value: Record<string, unknown> = {
    id: policyIdFor(tenantId, policy.roleDefinitionId),
    displayName: 'DirectoryRole',
    description: 'DirectoryRole',
    isOrganizationDefault: false,
    scopeId: '/',
    scopeType: 'DirectoryRole',
    lastModifiedDateTime: policy.lastModifiedDateTime?.toISOString().replace(/\.\d{3}Z$/, 'Z') ?? null,
    lastModifiedBy: { displayName: policy.lastModifiedBy.displayName, id: policy.lastModifiedBy.id },
  };
  // No rule of a role policy is inherited from elsewhere, so the effective rules are the rules.
  for (const node of expand) value[node.name] = policy.rules.map((rule) => ruleJson(rule, node.select));
  return applySelect(value, select, policyProperties, policyType, expand.map((n) => n.name));
}

function assignmentJson(tenantId: string, policy: StoredPolicy, select: string[] | null, expand: ExpandNode[]): Record<string, unknown> {
  const value: Record<string, unknown> = {
    id: policyAssignmentIdFor(tenantId, policy.roleDefinitionId),
    policyId: policyIdFor(tenantId, policy.roleDefinitionId),
    scopeId: '/',
    scopeType: 'DirectoryRole',
    roleDefinitionId: policy.roleDefinitionId,
  };
  const policyNode = expand.find((n) => n.name === 'policy');
  if (policyNode) value.policy = policyJson(tenantId, policy, policyNode.select, policyNode.expand);
  return applySelect(value, select, assignmentProperties, assignmentType, policyNode ? ['policy'] : []);
}

/** `$expand` as given, nested options included (readQuery keeps only the top-level names). */
function rawExpand(c: Context): string | null {
  const url = new URL(c.req.url);
  return url.searchParams.get('$expand') ?? url.searchParams.get('expand');
}

async function listPage(
  c: Context<GraphEnv>,
  db: Queryable,
  contextPath: string,
  schema: ExpandSchema,
  filterable: string[],
  resource: string,
  render: (policy: StoredPolicy, select: string[] | null, expand: ExpandNode[]) => Record<string, unknown>,
  matches: (role: RoleRow, clauses: Map<string, string[]>) => boolean,
) {
  const query = readQuery(c, { expandable: Object.keys(schema.children), typeName: schema.typeName });
  const expand = parseExpand(rawExpand(c), schema, schema.typeName);
  const clauses = equalityClauses(query.filter, filterable, resource);
  // Required as in Graph. `/` with `DirectoryRole`, or `Directory` (Graph's own example and many scripts use it),
  // means Entra roles; any other scope (a group's PIM) matches nothing here.
  if (!clauses.has('scopeid') || !clauses.has('scopetype')) throw filterRequired();
  const scopeIds = clauses.get('scopeid') ?? [];
  const scopeTypes = clauses.get('scopetype') ?? [];
  const entraRoles = scopeIds.includes('/') && scopeTypes.some((t) => ['directoryrole', 'directory'].includes(t.toLowerCase()));
  const roles = entraRoles ? (await listRoles(db)).filter((role) => matches(role, clauses)) : [];
  const offset = typeof query.skipToken?.[0] === 'number' ? query.skipToken[0] : 0;
  const pageRoles = query.top === null ? roles.slice(offset) : roles.slice(offset, offset + query.top);
  const policies = await loadPolicies(db, pageRoles.map((r) => r.id));
  const body: Record<string, unknown> = {
    '@odata.context': `${new URL(c.req.url).origin}/v1.0/$metadata#${contextPath}${contextSuffix(query.select, expand)}`,
  };
  if (query.count) body['@odata.count'] = roles.length;
  const end = offset + pageRoles.length;
  if (end < roles.length) body['@odata.nextLink'] = nextLink(c, encodeSkipToken([end]));
  body.value = policies.map((policy) => render(policy, query.select, expand));
  return graphJson(c, body);
}

const matchesAny = (values: string[] | undefined, candidate: string) => values === undefined || values.some((v) => v.toLowerCase() === candidate.toLowerCase());

async function modifierOf(db: Queryable, caller: Caller): Promise<{ id: string; displayName: string | null }> {
  if (caller.kind === 'user') {
    const user = await db.query<{ display_name: string }>('select display_name from users where id = $1::uuid', [caller.userId]);
    return { id: caller.userId, displayName: user.rows[0]?.display_name ?? null };
  }
  const sp = await db.query<{ display_name: string }>('select display_name from service_principals where id = $1::uuid', [caller.servicePrincipalId]);
  return { id: caller.servicePrincipalId, displayName: sp.rows[0]?.display_name ?? null };
}

export function registerRoleManagementPolicyRoutes(app: GraphApp, deps: GraphDeps): void {
  const db = deps.store.db;
  const { tenantId } = deps;
  const assignments = '/v1.0/policies/roleManagementPolicyAssignments';
  const policies = '/v1.0/policies/roleManagementPolicies';
  const canRead = (c: Context<GraphEnv>) => requireWrite(c, db, policyPermissions.read, policyReaderRoles);

  app.get(assignments, async (c) => {
    await canRead(c);
    return listPage(c, db, 'policies/roleManagementPolicyAssignments', assignmentSchema,
      ['scopeId', 'scopeType', 'roleDefinitionId', 'policyId', 'id'], 'unifiedRoleManagementPolicyAssignment',
      (policy, select, expand) => assignmentJson(tenantId, policy, select, expand),
      (role, clauses) => matchesAny(clauses.get('roledefinitionid'), role.id)
        && matchesAny(clauses.get('policyid'), policyIdFor(tenantId, role.id))
        && matchesAny(clauses.get('id'), policyAssignmentIdFor(tenantId, role.id)));
  });

  app.get(`${assignments}/:id`, async (c) => {
    await canRead(c);
    const id = c.req.param('id');
    const roleId = /_([0-9a-f-]{36})$/i.exec(id)?.[1]?.toLowerCase();
    const role = roleId ? await roleOfPolicy(db, tenantId, id.slice(0, -(roleId.length + 1))).catch(() => null) : null;
    if (!role || role.id !== roleId) throw notFound(id);
    const query = readQuery(c, { expandable: ['policy'], typeName: assignmentType });
    const expand = parseExpand(rawExpand(c), assignmentSchema, assignmentType);
    const [policy] = await loadPolicies(db, [role.id]);
    if (!policy) throw notFound(id);
    return graphJson(c, {
      '@odata.context': `${new URL(c.req.url).origin}/v1.0/$metadata#policies/roleManagementPolicyAssignments${contextSuffix(query.select, expand)}/$entity`,
      ...assignmentJson(tenantId, policy, query.select, expand),
    });
  });

  app.get(policies, async (c) => {
    await canRead(c);
    return listPage(c, db, 'policies/roleManagementPolicies', policySchema, ['scopeId', 'scopeType', 'id'], 'unifiedRoleManagementPolicy',
      (policy, select, expand) => policyJson(tenantId, policy, select, expand),
      (role, clauses) => matchesAny(clauses.get('id'), policyIdFor(tenantId, role.id)));
  });

  app.get(`${policies}/:id`, async (c) => {
    await canRead(c);
    const role = await roleOfPolicy(db, tenantId, c.req.param('id'));
    const query = readQuery(c, { expandable: ['rules', 'effectiveRules'], typeName: policyType });
    const expand = parseExpand(rawExpand(c), policySchema, policyType);
    const [policy] = await loadPolicies(db, [role.id]);
    if (!policy) throw notFound(c.req.param('id'));
    return graphJson(c, {
      '@odata.context': `${new URL(c.req.url).origin}/v1.0/$metadata#policies/roleManagementPolicies${contextSuffix(query.select, expand)}/$entity`,
      ...policyJson(tenantId, policy, query.select, expand),
    });
  });

  for (const navigation of ['rules', 'effectiveRules'] as const) {
    app.get(`${policies}/:id/${navigation}`, async (c) => {
      await canRead(c);
      const policyId = c.req.param('id');
      const role = await roleOfPolicy(db, tenantId, policyId);
      const query = readQuery(c, { typeName: ruleType });
      if (query.filter) throw badRequest(`$filter is not supported on ${navigation}.`, 'BadRequest');
      const [policy] = await loadPolicies(db, [role.id]);
      return graphJson(c, {
        '@odata.context': `${new URL(c.req.url).origin}/v1.0/$metadata#policies/roleManagementPolicies('${policyId}')/${navigation}${contextSuffix(query.select, [])}`,
        value: (policy?.rules ?? []).map((rule) => ruleJson(rule, query.select)),
      });
    });

    app.get(`${policies}/:id/${navigation}/:ruleId`, async (c) => {
      await canRead(c);
      const policyId = c.req.param('id');
      const role = await roleOfPolicy(db, tenantId, policyId);
      const query = readQuery(c, { typeName: ruleType });
      const [policy] = await loadPolicies(db, [role.id]);
      const ruleId = c.req.param('ruleId');
      const rule = policy?.rules.find((r) => r.id.toLowerCase() === ruleId.toLowerCase());
      if (!rule) throw notFound(ruleId);
      return graphJson(c, {
        '@odata.context': `${new URL(c.req.url).origin}/v1.0/$metadata#policies/roleManagementPolicies('${policyId}')/${navigation}/$entity`,
        ...ruleJson(rule, query.select),
      });
    });
  }

  app.patch(`${policies}/:id/rules/:ruleId`, async (c) => {
    const caller = await requireWrite(c, db, policyPermissions.write, policyWriterRoles);
    const role = await roleOfPolicy(db, tenantId, c.req.param('id'));
    const ruleId = c.req.param('ruleId');
    const [policy] = await loadPolicies(db, [role.id]);
    const current = policy?.rules.find((r) => r.id.toLowerCase() === ruleId.toLowerCase());
    if (!current) throw notFound(ruleId);
    const next = applyRulePatch(current, await readJsonBody(c));
    const by = await modifierOf(db, caller);
    await db.transaction(async (tx) => {
      await savePolicyRule(tx, role.id, next, { at: c.get('newObjects').now(), by });
      await recordAudit(tx, c, {
        category: 'RoleManagement',
        activityDisplayName: 'Update role setting in PIM',
        operationType: 'Update',
        loggedByService: 'PIM',
        targets: [{
          id: role.id,
          displayName: role.display_name,
          type: 'Role',
          modifiedProperties: [{ displayName: current.id, oldValue: JSON.stringify(current), newValue: JSON.stringify(next) }],
        }],
        additionalDetails: [{ key: 'PolicyId', value: policyIdFor(tenantId, role.id) }],
      });
    });
    return c.body(null, 204);
  });
}
