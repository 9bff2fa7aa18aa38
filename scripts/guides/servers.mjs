// The servers the guides are taken against: a production build of the portal (`next start`) and the emulator on a
// demo tenant of its own, reset and in deterministic mode, so a new group gets the same object id in every run.
import { connect } from 'node:net';
import path from 'node:path';
import { controlTokenEnv, emulatorControl } from '../emulator-control.mjs';
import { root, runToEnd, startProcess, waitFor } from '../processes.mjs';

export { buildIsNeeded, hasBuild } from '../portal-build.mjs';

const dataDir = path.join(root, '.emulator-data', 'guides');
// Beside the data dir, not in it: --reset empties the data dir while the emulator's log is being written.
export const logDir = path.join(root, '.emulator-data', 'guides-logs');

export async function buildPortal() {
  await runToEnd('next-build', ['node_modules/next/dist/bin/next', 'build'], { logDir });
}

export const origins = (ports) => ({
  portal: `http://localhost:${ports.portal}`,
  emulator: `http://localhost:${ports.emulator}`,
});

function portIsTaken(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts the emulator (reset, deterministic) and the portal side by side; resolves once both answer. */
export async function startServers(ports) {
  const { portal, emulator } = origins(ports);
  // Someone else's server on our port would answer the readiness checks, and the guides would show their tenant.
  for (const [name, port] of Object.entries(ports)) {
    if (await portIsTaken(port)) throw new Error(`Port ${port} (${name}) is already in use; choose another with --${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-port`);
  }
  const emulatorProcess = startProcess('emulator', [
    'node_modules/tsx/dist/cli.mjs', 'emulator/src/main.ts', '--reset', '--deterministic', '--data-dir', dataDir,
    '--port', String(ports.emulator), '--https-port', String(ports.emulatorHttps),
  ], { logDir, env: { EMULATOR_PORTAL_REDIRECT_URIS: `${portal}/auth/redirect`, ...controlTokenEnv } });
  const portalProcess = startProcess('portal', ['node_modules/next/dist/bin/next', 'start', '-p', String(ports.portal)], {
    logDir,
    env: { PORT: String(ports.portal), EMULATOR_PORT: String(ports.emulator), EMULATOR_HTTPS_PORT: String(ports.emulatorHttps) },
  });
  await Promise.all([
    waitFor(emulatorProcess, `${emulator}/_emulator/health`, 180_000),
    waitFor(portalProcess, `${portal}/sign-in`, 120_000),
  ]);
  return [emulatorProcess, portalProcess];
}

/** Reseeds the demo tenant in place: every procedure starts from the same directory (and the same id counter). */
export async function resetTenant(ports) {
  await emulatorControl(origins(ports).emulator, 'POST', 'reset');
}
