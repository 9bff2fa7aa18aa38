// `npm audit` cannot reach its service from these machines, so this enforces the security floors instead:
// the versions actually installed (from the lockfile, via node_modules) must be at or above the last known
// fixed releases. Raise a floor here when a new advisory is published (README, "Security").
//
// The App Router does not run the top-level `react`: Next bundles its own React build (a canary) under
// node_modules/next/dist/compiled/, and that is the React that renders server components. So both are checked.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const floors = {
  next: '16.3.8', // September 2026 security release
  react: '19.2.8', // July 2026 React Server Components fixes
  'react-dom': '19.2.8',
};

const require = createRequire(import.meta.url);

/**
 * Semver precedence (semver.org §11), build metadata ignored: a prerelease precedes its release, so
 * 19.2.8-canary-… is below the floor 19.2.8, while 19.3.0-canary-… is above it (19.3.0 > 19.2.8).
 */
function compare(a, b) {
  const [coreA = '', preA] = a.split('+')[0].split(/-(.*)/s);
  const [coreB = '', preB] = b.split('+')[0].split(/-(.*)/s);
  const pa = coreA.split('.').map(Number);
  const pb = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  if (preA === undefined || preB === undefined) return (preA === undefined ? 1 : 0) - (preB === undefined ? 1 : 0);
  const ia = preA.split('.');
  const ib = preB.split('.');
  for (let i = 0; i < Math.max(ia.length, ib.length); i += 1) {
    const x = ia[i];
    const y = ib[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** `19.3.0-canary-278794d7-20261002` → its build date, `2026-10-02`; undefined for other versions. */
function canaryDate(version) {
  const match = /-canary-[0-9a-f]+-(\d{4})(\d{2})(\d{2})$/.exec(version);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * The version of a React package Next bundles: its package.json has none (it is renamed `react-builtin`), so it is
 * read from the build itself (`exports.version = "…"` in the CommonJS production file).
 */
function bundledVersion(nextDir, name) {
  const dir = join(nextDir, 'dist', 'compiled', name);
  const manifest = join(dir, 'package.json');
  if (existsSync(manifest)) {
    const version = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (version) return version;
  }
  const build = join(dir, 'cjs', `${name}.production.js`);
  if (!existsSync(build)) return undefined;
  return /\bversion\s*=\s*"([^"]+)"/.exec(readFileSync(build, 'utf8'))?.[1];
}

let failed = false;
function check(label, version, floor) {
  if (!version) {
    console.log(`FAIL ${label}: no version found`);
    failed = true;
  } else if (compare(version, floor) < 0) {
    console.log(`FAIL ${label} ${version} is below the security floor ${floor}`);
    failed = true;
  } else {
    const date = canaryDate(version);
    // Honest about what the version says: a canary is cut from React's main branch, so semver orders it by the
    // release it leads to; its build date is printed so a reader can set it against the advisory's date.
    const note = date ? ` (a canary built ${date}: counted by semver, where only a prerelease of ${floor} itself would be below it)` : '';
    console.log(`ok   ${label} ${version} >= ${floor}${note}`);
  }
}

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
for (const [name, floor] of Object.entries(floors)) {
  check(`${name} (lockfile)`, lock.packages?.[`node_modules/${name}`]?.version, floor);
  check(`${name} (installed)`, installedVersion(name), floor);
}

let nextDir;
try {
  nextDir = dirname(require.resolve('next/package.json'));
} catch {
  nextDir = undefined;
}
if (!nextDir) {
  console.log('FAIL next: not installed, so its bundled React cannot be checked');
  failed = true;
} else {
  const next = installedVersion('next');
  const react = bundledVersion(nextDir, 'react');
  const reactDom = bundledVersion(nextDir, 'react-dom');
  console.log(`next ${next} carries react ${react ?? '(not found)'} and react-dom ${reactDom ?? '(not found)'} for the App Router`);
  check(`react bundled in next ${next}`, react, floors.react);
  check(`react-dom bundled in next ${next}`, reactDom, floors['react-dom']);
}
process.exit(failed ? 1 : 0);
