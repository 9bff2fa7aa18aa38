// `npm audit` cannot reach its service from these machines, so this enforces the security floors instead:
// the versions actually installed (from the lockfile, via node_modules) must be at or above the last known
// fixed releases. Raise a floor here when a new advisory is published (README, "Security").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const floors = {
  next: '16.3.8', // September 2026 security release
  react: '19.2.8', // July 2026 React Server Components fixes
  'react-dom': '19.2.8',
};

const require = createRequire(import.meta.url);

function compare(a, b) {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
let failed = false;
for (const [name, floor] of Object.entries(floors)) {
  const locked = lock.packages?.[`node_modules/${name}`]?.version;
  let installed;
  try {
    installed = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    installed = undefined;
  }
  for (const [where, version] of [['lockfile', locked], ['installed', installed]]) {
    if (!version) {
      console.log(`FAIL ${name}: no version in ${where}`);
      failed = true;
    } else if (compare(version, floor) < 0) {
      console.log(`FAIL ${name} ${version} (${where}) is below the security floor ${floor}`);
      failed = true;
    } else {
      console.log(`ok   ${name} ${version} (${where}) >= ${floor}`);
    }
  }
}
process.exit(failed ? 1 : 0);
