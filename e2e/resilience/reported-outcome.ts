// What the outcome message bar told the admin about each item, read from its lines as a person reads them.

export type ReportedOutcome = 'done' | 'not done' | 'unknown';

/**
 * One line of the outcome bar: "unknown" / "check again" is an unknown outcome; a line that starts "Not" or "No",
 * or says "not added" / "not removed", reports an item not done; any other line reports it done
 * ("Removed Alex Wilber at Directory.", "Alex Wilber: added.").
 */
export function parseReportedLine(line: string): ReportedOutcome {
  const text = line.trim();
  if (/\bunknown\b|check again/i.test(text)) return 'unknown';
  if (/^(?:not|no)\b/i.test(text) || /\bnot (?:added|removed)\b/i.test(text)) return 'not done';
  return 'done';
}

/**
 * What a message with no per-item lines claims for every item: "nothing was changed" (a check failed before the
 * first write, or the error boundary) is not done; "refresh to see which …" or "unknown" is unknown; anything else
 * claims nothing about the items (undefined), and they count as unreported.
 */
export function blanketOutcome(message: string): ReportedOutcome | undefined {
  if (/\bunknown\b|check again|refresh to see/i.test(message)) return 'unknown';
  if (/nothing was (?:changed|added|removed)|\bno (?:assignments?|\w+ of .+) (?:was|were) (?:added|removed)/i.test(message)) return 'not done';
  return undefined;
}

/** Every line with its outcome, in the bar's order. */
export function parseReportedOutcome(lines: readonly string[]): Array<{ line: string; outcome: ReportedOutcome }> {
  return lines.map((line) => ({ line, outcome: parseReportedLine(line) }));
}

/**
 * Each item's reported outcome, found by the item's name in the lines. A line is credited to the longest name it
 * contains, so "Alex W" never takes "Alex Wilber"'s line; an item no line names is missing from the map.
 */
export function outcomesByName(lines: readonly string[], names: readonly string[]): Map<string, ReportedOutcome> {
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const outcomes = new Map<string, ReportedOutcome>();
  for (const { line, outcome } of parseReportedOutcome(lines)) {
    const name = byLength.find((candidate) => line.includes(candidate));
    if (name === undefined) continue;
    const before = outcomes.get(name);
    // Two lines for one item that disagree leave the admin not knowing: that is what the bar said.
    outcomes.set(name, before === undefined || before === outcome ? outcome : 'unknown');
  }
  return outcomes;
}

export type Comparison = {
  total: number;
  reported: Record<ReportedOutcome, number>;
  /** Items the bar named no outcome for. */
  unreported: string[];
  /** Reported done but Graph disagrees, or reported not done but Graph shows it done. */
  misreported: string[];
};

/**
 * Compares the bar with the directory: `doneInGraph(name)` says whether the item's change is what Graph now holds
 * (the assignment gone after a remove, present after an add).
 */
export function compareWithGraph(outcomes: Map<string, ReportedOutcome>, names: readonly string[], doneInGraph: (name: string) => boolean): Comparison {
  const comparison: Comparison = { total: names.length, reported: { done: 0, 'not done': 0, unknown: 0 }, unreported: [], misreported: [] };
  for (const name of names) {
    const outcome = outcomes.get(name);
    if (outcome === undefined) {
      comparison.unreported.push(name);
      continue;
    }
    comparison.reported[outcome] += 1;
    const done = doneInGraph(name);
    if (outcome === 'done' && !done) comparison.misreported.push(`${name}: reported done, but Graph shows it not done`);
    if (outcome === 'not done' && done) comparison.misreported.push(`${name}: reported not done, but Graph shows it done`);
  }
  return comparison;
}
