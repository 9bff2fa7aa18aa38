// Starts and stops what the benchmark measures: the portal (next build / next start) and the emulator, each in a
// process group of its own (scripts/processes.mjs), with their logs in bench/.data/logs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { controlTokenEnv } from '../emulator-control.mjs';
import { root, runToEnd as runLogged, startProcess as startLogged, stop, stopAll, waitFor } from '../processes.mjs';

export { root, stop, stopAll, waitFor };
export const dataRoot = path.join(root, 'bench', '.data');
const logDir = path.join(dataRoot, 'logs');

/** Spawns `node args…` in its own process group, output to bench/.data/logs/<name>.log. */
export const startProcess = (name, args, env = {}) => startLogged(name, args, { env, logDir });

/** Runs `node args…` to the end; throws with the log's tail when it fails. */
export const runToEnd = (name, args, env = {}) => runLogged(name, args, { env, logDir });

export const ports = {
  portal: Number(process.env.BENCH_PORTAL_PORT ?? 3300),
  emulator: Number(process.env.BENCH_EMULATOR_PORT ?? 4300),
  emulatorHttps: Number(process.env.BENCH_EMULATOR_HTTPS_PORT ?? 4743),
};
export const portalOrigin = `http://localhost:${ports.portal}`;
export const emulatorOrigin = `http://localhost:${ports.emulator}`;

export async function buildPortal() {
  await runToEnd('next-build', ['node_modules/next/dist/bin/next', 'build']);
}

/** What the scale tenant is made from: a data dir seeded from other inputs is seeded again. */
function scaleSeedFingerprint() {
  const hash = createHash('sha1');
  for (const file of ['emulator/src/seed/scale.ts', 'emulator/src/seed/tenant.ts', 'emulator/src/store/schema.ts', 'emulator/src/config.ts']) {
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export function scaleMarkerPath() {
  return path.join(dataRoot, 'scale', 'bench-seed.txt');
}

/** The emulator on the demo tenant (always reseeded: it takes a second) or on the large tenant (reused when current). */
export async function startEmulator(tenant) {
  const dataDir = path.join(dataRoot, tenant);
  const args = ['node_modules/tsx/dist/cli.mjs', 'emulator/src/main.ts', '--data-dir', dataDir, '--port', String(ports.emulator), '--https-port', String(ports.emulatorHttps)];
  let reseeded = true;
  if (tenant === 'scale') {
    args.push('--scale');
    let marker = '';
    try {
      marker = readFileSync(scaleMarkerPath(), 'utf8').trim();
    } catch {
      // first run
    }
    if (marker === scaleSeedFingerprint()) reseeded = false;
    else args.push('--reset');
  } else {
    args.push('--reset');
  }
  const started = performance.now();
  const proc = startProcess(`emulator-${tenant}`, args, { EMULATOR_PORTAL_REDIRECT_URIS: `${portalOrigin}/auth/redirect`, ...controlTokenEnv });
  await waitFor(proc, `${emulatorOrigin}/_emulator/health`, 180_000);
  return { proc, reseeded, startMs: performance.now() - started, fingerprint: scaleSeedFingerprint() };
}

export async function startPortal() {
  const proc = startProcess('portal', ['node_modules/next/dist/bin/next', 'start', '-p', String(ports.portal)], {
    PORT: String(ports.portal),
    EMULATOR_PORT: String(ports.emulator),
    EMULATOR_HTTPS_PORT: String(ports.emulatorHttps),
  });
  await waitFor(proc, `${portalOrigin}/sign-in`, 60_000);
  return proc;
}
