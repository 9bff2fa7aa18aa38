import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

// An emulator and a portal of a spec's own, on ports 30 above the run's, so that killing the emulator mid-write
// disturbs nobody else's servers. The emulator runs in the child itself (`node --import tsx`): tsx's CLI would run
// it in a grandchild, and SIGKILL of the child would spare the process that writes. Logs go to test-results/.
const root = path.resolve(import.meta.dirname, '..', '..');
const offset = 30;

export const pairPorts = {
  portal: Number(process.env.E2E_PORTAL_PORT ?? 3100) + offset,
  emulator: Number(process.env.E2E_EMULATOR_PORT ?? 4100) + offset,
  emulatorHttps: Number(process.env.E2E_EMULATOR_HTTPS_PORT ?? 4543) + offset,
};

export type ServerPair = {
  portalUrl: string;
  emulatorUrl: string;
  controlToken: string;
  /** SIGKILL to the emulator process: no shutdown hook, no flush. Resolves once it has exited. */
  killEmulator(): Promise<void>;
  /** Starts the emulator again on the same data dir and ports (no reseed), and waits until it answers. */
  restartEmulator(): Promise<void>;
  stop(): Promise<void>;
};

function start(name: string, args: string[], env: Record<string, string>, logDir: string): ChildProcess {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true, // its own process group: stopping `next start` stops next-server too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function until(url: string, child: ChildProcess, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it answered`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Starts a freshly seeded emulator and a portal (the production build in .next) talking to it. */
export async function startServerPair(name: string): Promise<ServerPair> {
  const ports = pairPorts;
  const portalUrl = `http://localhost:${ports.portal}`;
  const emulatorUrl = `http://localhost:${ports.emulator}`;
  const controlToken = `${name}-control-token`;
  const dataDir = path.join(root, '.emulator-data', `${name}-${ports.emulator}`);
  const logDir = path.join(root, 'test-results', 'server-pair', name);
  rmSync(dataDir, { recursive: true, force: true });
  const emulatorEnv = {
    EMULATOR_PORT: String(ports.emulator),
    EMULATOR_HTTPS_PORT: String(ports.emulatorHttps),
    EMULATOR_PORTAL_REDIRECT_URIS: `${portalUrl}/auth/redirect`,
    EMULATOR_CONTROL_TOKEN: controlToken,
    EMULATOR_FAULTS: '',
  };
  const emulatorArgs = (reset: boolean) => ['--import', 'tsx', 'emulator/src/main.ts', '--data-dir', dataDir, ...(reset ? ['--reset'] : [])];

  let emulator = start('emulator', emulatorArgs(true), emulatorEnv, logDir);
  const portal = start('portal', ['node_modules/next/dist/bin/next', 'start', '-p', String(ports.portal)], {
    PORT: String(ports.portal),
    EMULATOR_PORT: String(ports.emulator),
    EMULATOR_HTTPS_PORT: String(ports.emulatorHttps),
  }, logDir);
  const stop = async () => {
    for (const child of [portal, emulator]) {
      const gone = exited(child);
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
  };
  try {
    await Promise.all([until(`${emulatorUrl}/_emulator/health`, emulator, 'the emulator'), until(`${portalUrl}/sign-in`, portal, 'the portal')]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    portalUrl,
    emulatorUrl,
    controlToken,
    async killEmulator() {
      const gone = exited(emulator);
      emulator.kill('SIGKILL');
      await gone;
    },
    async restartEmulator() {
      emulator = start('emulator', emulatorArgs(false), emulatorEnv, logDir);
      await until(`${emulatorUrl}/_emulator/health`, emulator, 'the restarted emulator');
    },
    stop,
  };
}

/** PUT /_emulator/faults on a pair's emulator. */
export async function setPairFaults(pair: ServerPair, faults: object): Promise<void> {
  const response = await fetch(`${pair.emulatorUrl}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'x-emulator-control-token': pair.controlToken, 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`PUT /_emulator/faults answered ${response.status}: ${await response.text()}`);
}
