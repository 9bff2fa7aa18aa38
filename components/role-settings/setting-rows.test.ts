import { describe, expect, it } from 'vitest';
import type { RoleSettings } from '@/lib/roles/role-settings';
import { activationRows, assignmentRows, changeLines, expiryOptions, expiryOptionValue, hoursText } from './setting-rows';

// Graph's defaults (research §2.6).
const defaults: RoleSettings = {
  activationMaximumDuration: 'PT8H', activationRequiresMfa: true, activationRequiresJustification: true, activationRequiresTicket: false,
  activationRequiresApproval: false, allowPermanentEligible: true, eligibleMaximumDuration: 'P365D', eligibleRequiresJustification: false,
  allowPermanentActive: true, activeMaximumDuration: 'P180D', activeRequiresMfa: false, activeRequiresJustification: true,
};

describe('Role setting details in Entra\u2019s words', () => {
  it('lists the Activation settings with their states', () => {
    expect(activationRows(defaults).map((row) => [row.label, row.value])).toEqual([
      ['Activation maximum duration (hours)', '8 hours'],
      ['On activation, require', 'Azure MFA'],
      ['Require justification on activation', 'Yes'],
      ['Require ticket information on activation', 'No'],
      ['Require approval to activate', 'No'],
    ]);
  });

  it('shows an expiry only where permanent assignments are not allowed', () => {
    const rows = assignmentRows({ ...defaults, allowPermanentActive: false, activeMaximumDuration: 'P15D' });
    expect(rows.map((row) => [row.key, row.value])).toEqual([
      ['allowPermanentEligible', 'Yes'],
      ['eligibleMaximumDuration', '\u2014'],
      ['allowPermanentActive', 'No'],
      ['activeMaximumDuration', '15 days'],
      ['activeRequiresMfa', 'No'],
      ['activeRequiresJustification', 'Yes'],
    ]);
  });

  it('names each change from old to new, and nothing else', () => {
    expect(changeLines(defaults, { ...defaults, activationMaximumDuration: 'PT4H30M', activationRequiresJustification: false, allowPermanentEligible: false })).toEqual([
      'Activation maximum duration: 8 hours \u2192 4 hours 30 minutes',
      'Require justification on activation: Yes \u2192 No',
      'Allow permanent eligible assignment: Yes \u2192 No',
      'Expire eligible assignments after: \u2014 \u2192 365 days',
    ]);
    expect(changeLines(defaults, defaults)).toEqual([]);
    expect(hoursText(1.5)).toBe('1 hour 30 minutes');
  });

  it('offers Entra\u2019s expiry choices, plus a value set elsewhere', () => {
    expect(expiryOptions('P180D').map((option) => option.text)).toEqual(['15 days', '1 month', '3 months', '6 months', '1 year']);
    expect(expiryOptions('P200D').map((option) => option.value)).toEqual(['P15D', 'P30D', 'P90D', 'P180D', 'P200D', 'P365D']);
    expect(expiryOptionValue('P1Y')).toBe('P365D');
  });
});
