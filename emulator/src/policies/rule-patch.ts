import { badRequest, unknownProperty } from '../graph/errors';
import { isGuid } from '../seed/ids';
import type { Approver, ApprovalRule, ApprovalStage, PolicyRule, RuleTarget } from './default-rules';
import { isoDurationMs, parseIsoDuration } from './iso-duration';

/**
 * PATCH /policies/roleManagementPolicies/{id}/rules/{ruleId}: the body names the rule's derived type and carries the
 * properties to change; the rest of the rule stays. Every value is checked before anything is stored, so a refused
 * PATCH changes nothing.
 */

const bad = (message: string) => badRequest(message, 'BadRequest');
const invalid = (property: string, rule: PolicyRule) => bad(`Invalid value specified for property '${property}' of rule '${rule.id}'.`);

const operations = ['All', 'Activate', 'Deactivate', 'Assign', 'Update', 'Remove', 'Extend', 'Renew'];
const enablements = ['MultiFactorAuthentication', 'Justification', 'Ticketing'];
const notificationLevels = ['None', 'Critical', 'All'];

/** Entra's activation slider runs from 1 to 24 hours in half-hour steps; the API accepts any value in between. */
const activationBounds = { minMs: 30 * 60_000, maxMs: 24 * 3600_000 };

function bool(body: Record<string, unknown>, name: string, rule: PolicyRule): boolean {
  const value = body[name];
  if (typeof value !== 'boolean') throw invalid(name, rule);
  return value;
}

function strings(value: unknown, name: string, rule: PolicyRule, allowed?: readonly string[]): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalid(name, rule);
  if (!allowed) return value as string[];
  return (value as string[]).map((v) => {
    const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (!found) throw invalid(name, rule);
    return found;
  });
}

function target(value: unknown, rule: PolicyRule): RuleTarget {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid('target', rule);
  const body = value as Record<string, unknown>;
  const next: RuleTarget = structuredClone(rule.target);
  for (const [key, v] of Object.entries(body)) {
    if (key === '@odata.type') continue;
    if (key === 'caller' || key === 'level') {
      // A rule's id names its target: Expiration_EndUser_Assignment cannot become an Admin rule.
      if (typeof v !== 'string' || v.toLowerCase() !== rule.target[key].toLowerCase()) throw invalid(`target.${key}`, rule);
    } else if (key === 'operations') {
      const ops = strings(v, 'target.operations', rule, operations);
      if (ops.length === 0) throw invalid('target.operations', rule);
      // Graph prints `all` in lower case.
      next.operations = ops.map((op) => (op === 'All' ? 'all' : op));
    } else if (key === 'inheritableSettings' || key === 'enforcedSettings') {
      next[key] = strings(v, `target.${key}`, rule);
    } else if (key === 'targetObjects') {
      if (v !== null && !(Array.isArray(v) && v.length === 0)) throw invalid('target.targetObjects', rule);
    } else {
      throw unknownProperty(key, 'microsoft.graph.unifiedRoleManagementPolicyRuleTarget');
    }
  }
  return next;
}

function approvers(value: unknown, name: string, rule: PolicyRule): Approver[] {
  if (!Array.isArray(value)) throw invalid(name, rule);
  return value.map((entry) => {
    const e = entry as Record<string, unknown> | null;
    const type = typeof e?.['@odata.type'] === 'string' ? (e['@odata.type'] as string).replace(/^#?/, '#') : '';
    const description = typeof e?.description === 'string' ? e.description : null;
    if (type.toLowerCase() === '#microsoft.graph.singleuser' && typeof e?.userId === 'string' && isGuid(e.userId)) {
      return { '@odata.type': '#microsoft.graph.singleUser', userId: e.userId.toLowerCase(), description };
    }
    if (type.toLowerCase() === '#microsoft.graph.groupmembers' && typeof e?.groupId === 'string' && isGuid(e.groupId)) {
      return { '@odata.type': '#microsoft.graph.groupMembers', groupId: e.groupId.toLowerCase(), description };
    }
    throw invalid(name, rule);
  });
}

function approvalSetting(value: unknown, rule: ApprovalRule): ApprovalRule['setting'] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid('setting', rule);
  const body = value as Record<string, unknown>;
  const next = structuredClone(rule.setting);
  for (const key of Object.keys(body)) {
    if (key === '@odata.type') continue;
    if (key === 'isApprovalRequired' || key === 'isApprovalRequiredForExtension' || key === 'isRequestorJustificationRequired') {
      next[key] = bool(body, key, rule);
    } else if (key === 'approvalMode') {
      const mode = body.approvalMode;
      if (mode !== 'SingleStage' && mode !== 'Serial' && mode !== 'Parallel' && mode !== 'NoApproval') throw invalid('setting.approvalMode', rule);
      next.approvalMode = mode;
    } else if (key === 'approvalStages') {
      const stages = body.approvalStages;
      if (!Array.isArray(stages) || stages.length === 0) throw invalid('setting.approvalStages', rule);
      next.approvalStages = stages.map((stage, index) => approvalStage(stage, next.approvalStages[index] ?? next.approvalStages[0], rule));
    } else {
      throw unknownProperty(key, 'microsoft.graph.approvalSettings');
    }
  }
  return next;
}

function approvalStage(value: unknown, base: ApprovalStage | undefined, rule: ApprovalRule): ApprovalStage {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !base) throw invalid('setting.approvalStages', rule);
  const body = value as Record<string, unknown>;
  const next = structuredClone(base);
  for (const key of Object.keys(body)) {
    if (key === '@odata.type') continue;
    if (key === 'approvalStageTimeOutInDays' || key === 'escalationTimeInMinutes') {
      const n = body[key];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalid(`setting.approvalStages.${key}`, rule);
      next[key] = n;
    } else if (key === 'isApproverJustificationRequired' || key === 'isEscalationEnabled') {
      next[key] = bool(body, key, rule);
    } else if (key === 'primaryApprovers' || key === 'escalationApprovers') {
      next[key] = approvers(body[key], `setting.approvalStages.${key}`, rule);
    } else {
      throw unknownProperty(key, 'microsoft.graph.unifiedApprovalStage');
    }
  }
  return next;
}

function duration(value: unknown, rule: PolicyRule): string {
  const parsed = typeof value === 'string' ? parseIsoDuration(value) : null;
  if (!parsed || isoDurationMs(parsed) <= 0) throw invalid('maximumDuration', rule);
  if (rule.id === 'Expiration_EndUser_Assignment') {
    const ms = isoDurationMs(parsed);
    if (ms < activationBounds.minMs || ms > activationBounds.maxMs) {
      throw bad(`The maximum activation duration '${value as string}' must be between PT30M and PT24H.`);
    }
  }
  return value as string;
}

/** The rule after applying `body`, or a 400 naming what is wrong. */
export function applyRulePatch(rule: PolicyRule, body: Record<string, unknown>): PolicyRule {
  const type = body['@odata.type'];
  const typeName = rule['@odata.type'].slice(1);
  if (typeof type !== 'string' || type.replace(/^#/, '').toLowerCase() !== typeName.toLowerCase()) {
    throw bad(`The rule '${rule.id}' is of type '${rule['@odata.type']}'; the request body must carry that @odata.type.`);
  }
  if (body.id !== undefined && (typeof body.id !== 'string' || body.id.toLowerCase() !== rule.id.toLowerCase())) {
    throw bad(`The id in the request body does not match the rule '${rule.id}'.`);
  }
  const next = structuredClone(rule) as PolicyRule & Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (key === '@odata.type' || key === 'id') continue;
    if (key === 'target') {
      next.target = target(body.target, rule);
      continue;
    }
    switch (next['@odata.type']) {
      case '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule':
        if (key === 'isExpirationRequired') next.isExpirationRequired = bool(body, key, rule);
        else if (key === 'maximumDuration') next.maximumDuration = duration(body.maximumDuration, rule);
        else throw unknownProperty(key, typeName);
        break;
      case '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule':
        if (key === 'enabledRules') next.enabledRules = [...new Set(strings(body.enabledRules, key, rule, enablements))];
        else throw unknownProperty(key, typeName);
        break;
      case '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule':
        if (key === 'setting') next.setting = approvalSetting(body.setting, next);
        else throw unknownProperty(key, typeName);
        break;
      case '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule':
        if (key === 'isEnabled') next.isEnabled = bool(body, key, rule);
        else if (key === 'claimValue') {
          if (body.claimValue !== null && typeof body.claimValue !== 'string') throw invalid(key, rule);
          next.claimValue = body.claimValue as string | null;
        } else throw unknownProperty(key, typeName);
        break;
      case '#microsoft.graph.unifiedRoleManagementPolicyNotificationRule':
        if (key === 'isDefaultRecipientsEnabled') next.isDefaultRecipientsEnabled = bool(body, key, rule);
        else if (key === 'notificationRecipients') next.notificationRecipients = strings(body[key], key, rule);
        else if (key === 'notificationLevel') {
          const level = notificationLevels.find((l) => typeof body[key] === 'string' && l.toLowerCase() === (body[key] as string).toLowerCase());
          if (!level) throw invalid(key, rule);
          next.notificationLevel = level;
        }
        else if (key === 'notificationType' || key === 'recipientType') {
          // Fixed by the rule's id (Notification_Admin_…): only the same value is accepted.
          if (typeof body[key] !== 'string' || (body[key] as string).toLowerCase() !== String(next[key]).toLowerCase()) throw invalid(key, rule);
        } else throw unknownProperty(key, typeName);
        break;
    }
  }
  // The activation maximum can also arrive as a change of isExpirationRequired alone; it stays required.
  if (next['@odata.type'] === '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule' && rule.id === 'Expiration_EndUser_Assignment' && !next.isExpirationRequired) {
    throw bad('An activation must always expire: isExpirationRequired cannot be false for Expiration_EndUser_Assignment.');
  }
  return next;
}
