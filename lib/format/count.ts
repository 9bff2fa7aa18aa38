// One formatter for every count on screen. A fixed locale (not the browser's) so the server's HTML and the
// client's render agree on "12,217" and hydration never trips over a "12.217" or "12 217".
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with thousands separators, as Entra shows it: 12217 → "12,217". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A count and its noun in the right number: "1 member", "12,217 members". */
export function countOf(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}
