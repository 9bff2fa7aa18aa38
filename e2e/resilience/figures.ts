import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The numbers a resilience spec measured, one JSON file per spec in resilience-results/ (git-ignored), for
// scripts/resilience/run.mjs to sum up and for a person to read after a run.
export const resultsDir = path.resolve(import.meta.dirname, '..', '..', 'resilience-results');

/** Writes `resilience-results/<name>.json` and prints the figures as one line the test log keeps. */
export function writeFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(resultsDir, { recursive: true });
  const record = { name, at: new Date().toISOString(), full: fullMode(), ...figures };
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.info(`[${name}] ${JSON.stringify(figures)}`);
}

/** RESILIENCE_FULL=1 (npm run test:resilience) runs every case and round; otherwise the fast sample of e2e. */
export function fullMode(): boolean {
  return process.env.RESILIENCE_FULL === '1';
}
