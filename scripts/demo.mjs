#!/usr/bin/env node
// `npm run demo`: the portal (`next start`) on the emulator's demo tenant, on whatever ports PORT, EMULATOR_PORT and
// EMULATOR_HTTPS_PORT say. It registers the portal's own redirect URI with the emulator it starts (the emulator is
// as strict as Entra: a redirect URI it doesn't know ends sign-in with AADSTS50011), and it builds only when the
// production build is missing or older than its sources.
import { concurrently } from 'concurrently';
import { buildIsNeeded, builtAt } from './portal-build.mjs';
import { root } from './processes.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';

const port = process.env.PORT || '3000';
const emulatorPort = process.env.EMULATOR_PORT || '4000';
const emulatorHttpsPort = process.env.EMULATOR_HTTPS_PORT || '4443';
// The address MSAL sends as redirect_uri (lib/env.ts derives the same default from PORT).
const redirectUri = process.env.ENTRA_REDIRECT_URI || `http://localhost:${port}/auth/redirect`;
const registered = [...new Set([redirectUri, ...(process.env.EMULATOR_PORTAL_REDIRECT_URIS ?? '').split(',')])]
  .map((uri) => uri.trim())
  .filter(Boolean)
  .join(',');

const env = { PORT: port, EMULATOR_PORT: emulatorPort, EMULATOR_HTTPS_PORT: emulatorHttpsPort };

async function run(command, name) {
  const { result } = concurrently([{ command, name, env }], { cwd: root, prefixColors: ['gray'] });
  await result;
}

// --no-build: never build here (the e2e story runs the demo beside a `next start` that serves the same .next).
const noBuild = process.argv.includes('--no-build');
const reason = buildIsNeeded();
if (reason && noBuild) {
  console.log(`demo: --no-build: using the production build as it is (${reason})`);
} else if (reason) {
  console.log(`demo: building the portal first (${reason})`);
  await run('node node_modules/next/dist/bin/next build', 'build').catch(() => {
    console.error('demo: the build failed; see its output above');
    process.exit(1);
  });
} else {
  console.log(`demo: reusing the production build of ${builtAt()?.toISOString()} (newer than every source; delete .next to rebuild)`);
}

console.log(`demo: portal on http://localhost:${port}, emulator on http://localhost:${emulatorPort} and https://localhost:${emulatorHttpsPort}`);
console.log(`demo: the emulator accepts the portal's redirect URI ${registered.split(',').join(', ')}`);

const { result } = concurrently(
  [
    { command: 'node node_modules/tsx/dist/cli.mjs emulator/src/main.ts', name: 'emulator', env: { ...env, EMULATOR_PORTAL_REDIRECT_URIS: registered } },
    { command: `node node_modules/next/dist/bin/next start -p ${port}`, name: 'portal', env },
  ],
  { cwd: root, killOthersOn: ['failure', 'success'], prefixColors: ['blue', 'green'] },
);
await result.then(
  () => process.exit(0),
  () => process.exit(1),
);
