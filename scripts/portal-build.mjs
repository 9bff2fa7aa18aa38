// Whether the production build in .next can be reused: it can when it is newer than every source `next build`
// reads. Shared by `npm run demo` and the training guides, so that a second start takes seconds, not a build.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './processes.mjs';

const buildIdOf = (dir) => path.join(dir, '.next', 'BUILD_ID');
// What `next build` reads: a change to any of them makes the build stale.
const buildInputs = ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestChange(entry) {
  const stats = statSync(entry, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** Why the portal must be built first, or null when the build is there and newer than its sources. */
export function buildIsNeeded(dir = root) {
  const built = statSync(buildIdOf(dir), { throwIfNoEntry: false });
  if (!built) return 'there is no production build';
  const changed = buildInputs.find((input) => newestChange(path.join(dir, input)) > built.mtimeMs);
  return changed ? `${changed} changed since the last build` : null;
}

export function hasBuild(dir = root) {
  return statSync(buildIdOf(dir), { throwIfNoEntry: false }) !== undefined;
}

/** When the current build was made (for the console), or null without one. */
export function builtAt(dir = root) {
  return statSync(buildIdOf(dir), { throwIfNoEntry: false })?.mtime ?? null;
}
