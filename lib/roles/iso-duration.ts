// ISO 8601 durations as PIM writes them (PT8H, P365D, PT1H45M, P1DT12H), read and written for people. Years and
// months count as 365 and 30 days: PIM's own maximums use days (P180D, P365D), and a month only ever appears in
// text someone typed elsewhere.

const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds in `duration`, or null when it is not an ISO 8601 duration. */
export function durationMs(duration: string | null | undefined): number | null {
  const match = duration ? PATTERN.exec(duration.trim().toUpperCase()) : null;
  if (!match) return null;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => Number(part ?? 0));
  return ((y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0)) * DAY + (h ?? 0) * HOUR + (mi ?? 0) * MINUTE + (s ?? 0) * 1000;
}

/** Hours, as PIM's activation maximum is set (`PT8H`, `PT1H30M`); null when unreadable. */
export function durationHours(duration: string | null | undefined): number | null {
  const ms = durationMs(duration);
  return ms === null ? null : ms / HOUR;
}

/** An hours value (0.5 steps allowed) as a duration: 8 → PT8H, 1.5 → PT1H30M. */
export function hoursDuration(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/** A number of days as a duration: 365 → P365D. */
export function daysDuration(days: number): string {
  return `P${Math.round(days)}D`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "8 hours", "1 hour 30 minutes", "365 days", "1 day 12 hours"; Graph's text itself when unreadable. */
export function formatDuration(duration: string | null | undefined): string {
  const ms = durationMs(duration);
  if (ms === null) return duration ?? '';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.round((ms % HOUR) / MINUTE);
  const parts = [days ? plural(days, 'day') : '', hours ? plural(hours, 'hour') : '', minutes ? plural(minutes, 'minute') : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 minutes';
}
