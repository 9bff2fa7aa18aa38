// Starts and stops the servers a script needs (the portal, the emulator), each in a process group of its own, so
// that stopping one ends its children too (`next start` runs next-server as a child). Everything started is stopped
// on exit, on Ctrl-C and on failure. Shared by the benchmark (scripts/bench) and the training guides (scripts/guides).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

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
      console.error(`\n${signal}: stopping what this command started`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

/** Spawns `node args…` detached (its own process group), its output to `<logDir>/<name>.log`. */
export function startProcess(name, args, { env = {}, logDir }) {
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

export function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs `node args…` to the end; throws with the log's tail when it fails. */
export async function runToEnd(name, args, options) {
  const proc = startProcess(name, args, options);
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
