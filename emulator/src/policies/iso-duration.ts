/**
 * ISO 8601 durations as Graph writes them in PIM (`PT8H`, `P365D`, `PT1H45M`, `P1Y2M10DT2H30M`). Years and months
 * are calendar units, so a duration is applied to a start date rather than turned into a fixed number of
 * milliseconds; weeks are 7 days.
 */
export type IsoDuration = { years: number; months: number; weeks: number; days: number; hours: number; minutes: number; seconds: number };

const pattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses a duration; null for anything that is not one (`P`, `PT`, `8H`, `pt8h`, negative or fractional hours). */
export function parseIsoDuration(text: string): IsoDuration | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const [, y, mo, w, d, h, mi, s] = match;
  // `P` alone and `P…T` with nothing after the T are not durations.
  if ([y, mo, w, d, h, mi, s].every((part) => part === undefined)) return null;
  if (text.endsWith('T')) return null;
  const n = (part: string | undefined) => (part === undefined ? 0 : Number(part));
  return { years: n(y), months: n(mo), weeks: n(w), days: n(d), hours: n(h), minutes: n(mi), seconds: n(s) };
}

/** `start` plus the duration, in UTC calendar arithmetic. */
export function addIsoDuration(start: Date, duration: IsoDuration): Date {
  const end = new Date(start.getTime());
  if (duration.years || duration.months) end.setUTCMonth(end.getUTCMonth() + duration.years * 12 + duration.months);
  const ms = ((((duration.weeks * 7 + duration.days) * 24 + duration.hours) * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return new Date(end.getTime() + ms);
}

/** The duration's length from `start` in milliseconds (exact for durations without years or months). */
export function isoDurationMs(duration: IsoDuration, start = new Date(0)): number {
  return addIsoDuration(start, duration).getTime() - start.getTime();
}
