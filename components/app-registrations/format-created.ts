// A fixed locale and time zone: the server's first paint and the browser's hydration must print the same text.
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Jan 8, 2024", or an em dash when Graph gave no date. */
export function formatCreated(createdDateTime: string | null | undefined): string {
  if (!createdDateTime) return '\u2014';
  const date = new Date(createdDateTime);
  return Number.isNaN(date.getTime()) ? '\u2014' : dateFormat.format(date);
}
