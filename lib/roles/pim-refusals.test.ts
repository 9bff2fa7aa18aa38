import { describe, expect, it } from 'vitest';
import { GraphError } from '@/lib/graph/errors';
import { failedPolicyRules, pimErrorSentence, pimRefusal } from './pim-refusals';

describe('PIM refusals in plain words', () => {
  it('reads the failed rules out of Graph’s policy message, one or several', () => {
    expect(failedPolicyRules('The following policy rules failed: ["ExpirationRule"]')).toEqual(['ExpirationRule']);
    expect(failedPolicyRules('The following policy rules failed: ["JustificationRule","ExpirationRule"]')).toEqual(['JustificationRule', 'ExpirationRule']);
    expect(failedPolicyRules('no list here')).toEqual([]);
  });

  it('says each failed rule, with the limit when it is known, and keeps Graph’s text', () => {
    const graphMessage = 'The following policy rules failed: ["JustificationRule","ExpirationRule"]';
    const refusal = pimRefusal('RoleAssignmentRequestPolicyValidationFailed', graphMessage, { maximumDuration: 'PT8H', permanentAllowed: false });
    expect(refusal?.rules).toEqual(['JustificationRule', 'ExpirationRule']);
    expect(refusal?.message).toBe(
      "The role's settings require a justification. The role's settings don't allow this duration: a permanent assignment is not allowed, and the longest allowed is 8 hours.",
    );
    expect(refusal?.graphMessage).toBe(graphMessage);
    expect(pimRefusal('RoleAssignmentRequestPolicyValidationFailed', '["TicketingRule","MfaRule"]')?.message).toMatch(/ticket information\..*multifactor/);
  });

  it('names the other PIM codes and the contract’s BadRequest texts; other codes are not PIM’s', () => {
    expect(pimRefusal('ActiveDurationTooShort', 'The Active duration is too short. Miniumum Required is 5 minutes.')?.message).toMatch(/5 minutes/);
    expect(pimRefusal('RoleAssignmentExists', 'The Role assignment already exists.')?.message).toBe('This assignment already exists.');
    expect(pimRefusal('PendingRoleAssignmentRequest', undefined)?.message).toMatch(/already waiting/);
    expect(pimRefusal('BadRequest', 'Service principals can only be given active assignments.')?.message).toMatch(/service principal/i);
    expect(pimRefusal('BadRequest', 'The last active Privileged Role Administrator assignment cannot be removed.')?.message).toMatch(/Privileged Role Administrator/);
    expect(pimRefusal('BadRequest', 'The request cannot be canceled in its current state.')?.message).toMatch(/no longer be cancelled/);
    expect(pimRefusal('BadRequest', 'Something else')).toBeNull();
    expect(pimRefusal('Request_ResourceNotFound', 'x')).toBeNull();
  });

  it('puts Graph’s text after the sentence in an outcome line; non-PIM errors get the usual sentence', () => {
    const tooShort = new GraphError({ status: 400, code: 'ActiveDurationTooShort', graphMessage: 'The Active duration is too short. Miniumum Required is 5 minutes.' });
    expect(pimErrorSentence(tooShort)).toMatch(/^Too soon.*Microsoft Graph said: "The Active duration is too short\./);
    expect(pimErrorSentence(new GraphError({ status: 403, code: 'Authorization_RequestDenied', method: 'POST' }))).toMatch(/permission/);
  });
});
