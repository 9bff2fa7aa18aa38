import { describe, expect, it } from 'vitest';
import { settingsFromRules } from '@/lib/roles/role-settings';
import { activationForm, missingInput } from './activation-rules';

const enablement = (enabledRules: string[]) => ({ '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule', id: 'Enablement_EndUser_Assignment', enabledRules });
const expiration = (maximumDuration: string) => ({ '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule', id: 'Expiration_EndUser_Assignment', isExpirationRequired: true, maximumDuration });

describe('the Activate panel from the role\u2019s settings', () => {
  it('offers hours up to the maximum and requires what the rules require', () => {
    const form = activationForm({ ok: true, settings: settingsFromRules([expiration('PT4H'), enablement(['MultiFactorAuthentication', 'Justification', 'Ticketing'])]) });
    expect(form).toMatchObject({ known: true, maximumHours: 4, hourChoices: [1, 2, 3, 4], defaultHours: 4, justificationRequired: true, ticketRequired: true });
    expect(form.rules).toContain('An activation lasts at most 4 hours.');
    expect(form.rules).toContain('Ticket information (number and system) is required.');
    expect(missingInput(form, { justification: ' ', ticketNumber: '', ticketSystem: '' })).toMatch(/justification/);
    expect(missingInput(form, { justification: 'why', ticketNumber: 'INC-1', ticketSystem: '' })).toMatch(/ticket/);
    expect(missingInput(form, { justification: 'why', ticketNumber: 'INC-1', ticketSystem: 'ServiceNow' })).toBeNull();
  });

  it('lets a role without those rules go with nothing typed, and caps the proposed hours at 8', () => {
    const form = activationForm({ ok: true, settings: settingsFromRules([expiration('PT12H'), enablement([])]) });
    expect(form).toMatchObject({ maximumHours: 12, defaultHours: 8, justificationRequired: false, ticketRequired: false });
    expect(form.rules).toContain('A justification is optional.');
    expect(missingInput(form, { justification: '', ticketNumber: '', ticketSystem: '' })).toBeNull();
  });

  it('offers Graph\u2019s defaults, said to be defaults, to a caller Graph refused the settings', () => {
    const form = activationForm({ ok: false, denied: true, message: 'denied' });
    expect(form).toMatchObject({ known: false, maximumHours: 8, hourChoices: [1, 2, 3, 4, 5, 6, 7, 8], justificationRequired: false });
    expect(form.rules[0]).toMatch(/can't read this role's settings/);
  });
});
