// PIM's words on screen, in one place (research §3.1: the copies of Entra's docs disagree between "Eligible roles" and
// "Eligible assignments"; the role page and the user blade say "… assignments", and switching means editing this file).

export const PIM_TABS = ['eligible', 'active', 'expired'] as const;
export type PimTab = (typeof PIM_TABS)[number];

export const pimTabLabels: Record<PimTab, string> = {
  eligible: 'Eligible assignments',
  active: 'Active assignments',
  expired: 'Expired assignments',
};

export const pimColumnLabels = {
  name: 'Name',
  principalName: 'Principal name',
  type: 'Type',
  scope: 'Scope',
  membership: 'Membership',
  state: 'State',
  start: 'Start time',
  end: 'End time',
  action: 'Action',
} as const;

/** Graph's memberType as Entra's Membership column says it: held directly, or through a role-assignable group. */
export type PimMembership = 'Direct' | 'Group';
export const membershipLabels: Record<PimMembership, string> = { Direct: 'Direct', Group: 'Group' };

/**
 * The State column: an eligibility; an active assignment given by an admin (Assigned) or from an eligibility
 * (Activated); one whose end has passed (Expired); a future one (Scheduled).
 */
export type PimState = 'Eligible' | 'Assigned' | 'Activated' | 'Expired' | 'Scheduled';
export const stateLabels: Record<PimState, string> = {
  Eligible: 'Eligible',
  Assigned: 'Assigned',
  Activated: 'Activated',
  Expired: 'Expired',
  Scheduled: 'Scheduled',
};

export type PimAction = 'update' | 'remove' | 'extend' | 'renew';
export const pimActionLabels: Record<PimAction, string> = { update: 'Update', remove: 'Remove', extend: 'Extend', renew: 'Renew' };

/** What an end time of null means on screen. */
export const PERMANENT = 'Permanent';

/**
 * Who may read eligible and expired assignments (pim-contract: the delegated Entra roles Graph accepts for PIM reads),
 * for the message a reader without one sees instead of those tabs.
 */
export const PIM_READER_ROLES = [
  'Global Administrator',
  'Privileged Role Administrator',
  'Global Reader',
  'Security Administrator',
  'Security Reader',
  'Security Operator',
] as const;

export const pimReadDeniedMessage = `Eligible and expired assignments are shown to holders of one of these roles: ${PIM_READER_ROLES.join(', ')}.`;

// One format on the server and in the browser (no hydration mismatch): en-US, in UTC, said so.
const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short',
});

/** A date and time as the PIM lists show it ("Dec 13, 2026, 9:00 AM UTC"); "Permanent" for none. */
export function pimDateText(value: string | null): string {
  if (value === null) return PERMANENT;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}
