import { durationMs, formatDuration, hoursDuration } from '@/lib/roles/iso-duration';
import type { RoleSettings } from '@/lib/roles/role-settings';

// Role settings as Entra's "Role setting details" page words them (research §2.6, ED pim-how-to-change-default-settings):
// one list for Activation, one for Assignment, each a setting and its state. The confirmation before Save names
// the changes in the same words. Plain TypeScript, so the rows are unit-tested without a browser.

export type SettingRow = { key: keyof RoleSettings; label: string; value: string };

const yesNo = (on: boolean) => (on ? 'Yes' : 'No');

/** The hours an activation may last, "8 hours", "1 hour 30 minutes". */
export const hoursText = (hours: number) => formatDuration(hoursDuration(hours));

export const settingLabels: Record<keyof RoleSettings, string> = {
  activationMaximumDuration: 'Activation maximum duration (hours)',
  activationRequiresMfa: 'On activation, require',
  activationRequiresJustification: 'Require justification on activation',
  activationRequiresTicket: 'Require ticket information on activation',
  activationRequiresApproval: 'Require approval to activate',
  allowPermanentEligible: 'Allow permanent eligible assignment',
  eligibleMaximumDuration: 'Expire eligible assignments after',
  eligibleRequiresJustification: 'Require justification on eligible assignment',
  allowPermanentActive: 'Allow permanent active assignment',
  activeMaximumDuration: 'Expire active assignments after',
  activeRequiresMfa: 'Require Azure Multi-Factor Authentication on active assignment',
  activeRequiresJustification: 'Require justification on active assignment',
};

/** One setting's state in words. An expiry that permanence overrides shows as a dash, as Entra's page does. */
export function settingValue(settings: RoleSettings, key: keyof RoleSettings): string {
  switch (key) {
    case 'activationMaximumDuration':
      return formatDuration(settings.activationMaximumDuration);
    case 'activationRequiresMfa':
      return settings.activationRequiresMfa ? 'Azure MFA' : 'None';
    case 'eligibleMaximumDuration':
      return settings.allowPermanentEligible ? '\u2014' : formatDuration(settings.eligibleMaximumDuration);
    case 'activeMaximumDuration':
      return settings.allowPermanentActive ? '\u2014' : formatDuration(settings.activeMaximumDuration);
    default:
      return yesNo(settings[key]);
  }
}

const ACTIVATION: Array<keyof RoleSettings> = [
  'activationMaximumDuration',
  'activationRequiresMfa',
  'activationRequiresJustification',
  'activationRequiresTicket',
  'activationRequiresApproval',
];
const ASSIGNMENT: Array<keyof RoleSettings> = [
  'allowPermanentEligible',
  'eligibleMaximumDuration',
  'allowPermanentActive',
  'activeMaximumDuration',
  'activeRequiresMfa',
  'activeRequiresJustification',
];

const rows = (settings: RoleSettings, keys: Array<keyof RoleSettings>): SettingRow[] =>
  keys.map((key) => ({ key, label: settingLabels[key], value: settingValue(settings, key) }));

export const activationRows = (settings: RoleSettings) => rows(settings, ACTIVATION);
export const assignmentRows = (settings: RoleSettings) => rows(settings, ASSIGNMENT);

/** What Save will change, in the page's words: "Require justification on activation: Yes → No". */
export function changeLines(before: RoleSettings, after: RoleSettings): string[] {
  return [...ACTIVATION, ...ASSIGNMENT]
    .filter((key) => settingValue(before, key) !== settingValue(after, key))
    .map((key) => `${settingLabels[key].replace(' (hours)', '')}: ${settingValue(before, key)} \u2192 ${settingValue(after, key)}`);
}

/** The expiry choices Entra offers, and the current value when it is none of them (set through Graph). */
export function expiryOptions(current: string): Array<{ value: string; text: string }> {
  const options = [
    { value: 'P15D', text: '15 days' },
    { value: 'P30D', text: '1 month' },
    { value: 'P90D', text: '3 months' },
    { value: 'P180D', text: '6 months' },
    { value: 'P365D', text: '1 year' },
  ];
  const ms = durationMs(current);
  if (options.some((option) => durationMs(option.value) === ms)) return options;
  return [...options, { value: current, text: formatDuration(current) }].sort((a, b) => (durationMs(a.value) ?? 0) - (durationMs(b.value) ?? 0));
}

/** The option that stands for `current` (P1Y and P365D are the same year). */
export function expiryOptionValue(current: string): string {
  const ms = durationMs(current);
  return expiryOptions(current).find((option) => durationMs(option.value) === ms)?.value ?? current;
}
