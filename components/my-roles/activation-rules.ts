import { formatDuration } from '@/lib/roles/iso-duration';
import { activationMaximumHours, type RoleSettings } from '@/lib/roles/role-settings';
import { activationHourChoices, defaultActivationHours } from '@/lib/roles/time-left';

// What the Activate panel asks for and tells, from the role's PIM settings. A caller Graph doesn't let read the
// settings (a plain user: PIM's policy reads need a reader role) gets Graph's defaults, said to be defaults, and
// Graph's own check decides on submit.

/** The settings as the Activate panel got them: read, or refused (the reason in words). */
export type ActivationSettings = { ok: true; settings: RoleSettings } | { ok: false; denied: boolean; message: string };

export type ActivationForm = {
  /** Whether the rules below are the role's own or Graph's defaults. */
  known: boolean;
  maximumHours: number;
  hourChoices: number[];
  defaultHours: number;
  justificationRequired: boolean;
  ticketRequired: boolean;
  /** The rules in words, one sentence each. */
  rules: string[];
};

// Entra's defaults for a role nobody configured (research §2.6): 8 hours, MFA, a justification.
const DEFAULT_MAXIMUM_HOURS = 8;

export function activationForm(read: ActivationSettings | undefined): ActivationForm {
  if (!read?.ok) {
    const maximumHours = DEFAULT_MAXIMUM_HOURS;
    return {
      known: false,
      maximumHours,
      hourChoices: activationHourChoices(maximumHours),
      defaultHours: defaultActivationHours(maximumHours),
      justificationRequired: false,
      ticketRequired: false,
      rules: [
        read?.denied === false
          ? `The role's settings couldn't be read: ${read.message}`
          : "Your account can't read this role's settings, so Microsoft Entra's defaults are shown: at most 8 hours, and usually a justification.",
        'Microsoft Graph checks the role\u2019s own rules when you activate, and says which one refused, if any.',
      ],
    };
  }
  const { settings } = read;
  const maximumHours = activationMaximumHours(settings);
  const rules = [
    `An activation lasts at most ${formatDuration(settings.activationMaximumDuration)}.`,
    settings.activationRequiresJustification ? 'A justification is required.' : 'A justification is optional.',
    settings.activationRequiresTicket ? 'Ticket information (number and system) is required.' : '',
    settings.activationRequiresMfa ? 'Multifactor authentication is required: your sign-in at this portal includes it.' : '',
    settings.activationRequiresApproval ? 'An approver must approve it: the role is active only once approved.' : 'No approval is needed: the role is active at once.',
  ].filter(Boolean);
  return {
    known: true,
    maximumHours,
    hourChoices: activationHourChoices(maximumHours),
    defaultHours: defaultActivationHours(maximumHours),
    justificationRequired: settings.activationRequiresJustification,
    ticketRequired: settings.activationRequiresTicket,
    rules,
  };
}

/** The first thing missing before the form may be sent, or null. */
export function missingInput(form: ActivationForm, values: { justification: string; ticketNumber: string; ticketSystem: string }): string | null {
  if (form.justificationRequired && !values.justification.trim()) return 'Enter a justification: the role\u2019s settings require one.';
  if (form.ticketRequired && (!values.ticketNumber.trim() || !values.ticketSystem.trim())) return 'Enter the ticket number and system: the role\u2019s settings require them.';
  return null;
}
