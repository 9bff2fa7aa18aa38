// How long an activation still runs, in the words My roles shows ("7 h 59 min left"). Pure: the clock is passed in,
// so the emulator's PIM clock (which may stand still or jump) and the tests decide what "now" is.

/** "7 h 59 min left", "45 min left", "less than a minute left"; "ended" once past; null for a permanent one. */
export function timeLeftText(endDateTime: string | null | undefined, now: number): string | null {
  if (!endDateTime) return null;
  const end = Date.parse(endDateTime);
  if (Number.isNaN(end)) return null;
  const minutes = Math.floor((end - now) / 60_000);
  if (end <= now) return 'ended';
  if (minutes < 1) return 'less than a minute left';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min left`;
  return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
}

/** The hours an admin may choose: 1 up to the role's maximum (whole hours, at least 1). */
export function activationHourChoices(maximumHours: number): number[] {
  const max = Math.max(1, Math.floor(maximumHours));
  return Array.from({ length: max }, (_, index) => index + 1);
}

/** The duration proposed at first: the role's maximum, capped at 8 hours (Entra's default maximum). */
export function defaultActivationHours(maximumHours: number): number {
  return Math.min(Math.max(1, Math.floor(maximumHours)), 8);
}
