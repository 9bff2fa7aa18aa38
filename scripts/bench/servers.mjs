// Starts and stops what the benchmark measures: the portal (next build / next start) and the emulator, each in a
// process group of its own, so that stopping one ends its children too. Everything started is stopped on exit,
// on Ctrl-C and on failure.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const dataRoot = path.join(root, 'bench', '.data');
const logDir = path.join(dataRoot, 'logs');

const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops one started process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(proc, graceMs = 5_000) {
  if (!proc || !running.has(proc)) return;
  running.delete(proc);
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once('exit', resolve));
  killGroup(proc.child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(proc.child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...running].map((proc) => stop(proc)));
}

let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const proc of running) killGroup(proc.child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the bench started`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

/** Spawns `node args…` detached (its own process group), output to bench/.data/logs/<name>.log. */
export function startProcess(name, args, env = {}) {
  hookExit();
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const proc = { name, child, logFile };
  running.add(proc);
  child.once('exit', () => running.delete(proc));
  return proc;
}

function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs `node args…` to the end; throws with the log's tail when it fails. */
export async function runToEnd(name, args, env = {}) {
  const proc = startProcess(name, args, env);
  const code = await new Promise((resolve) => proc.child.once('exit', (c, s) => resolve(c ?? s)));
  if (code !== 0) throw new Error(`${name} failed (${code}); see ${proc.logFile}:\n${tail(proc.logFile)}`);
}

/** Polls `url` until it answers (any status below 500) or the process exits or `timeoutMs` passes. */
export async function waitFor(proc, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}); see ${proc.logFile}:\n${tail(proc.logFile)}`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${proc.name} did not answer ${url} within ${timeoutMs / 1000} s; see ${proc.logFile}:\n${tail(proc.logFile)}`);
}

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
  const proc = startProcess(`emulator-${tenant}`, args, { EMULATOR_PORTAL_REDIRECT_URIS: `${portalOrigin}/auth/redirect` });
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
