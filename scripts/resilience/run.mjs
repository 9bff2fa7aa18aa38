// npm run test:resilience: the whole resilience suite, on ports of its own, with a summary of every figure.
//
//   emulator  vitest on the emulator's own defences: authorization, token verification, sign-in, the Graph fuzz,
//             $batch isolation, the control endpoints, SIGKILL mid-write and restart
//   portal    playwright, RESILIENCE_FULL=1: every hostile URL (e2e/portal-fuzz.spec.ts), 6 fault rounds
//             (e2e/fault-rounds.spec.ts), the emulator killed mid-removal (e2e/kill-mid-write.spec.ts); ports 3510/4510/4953
//   load      N signed-in admins × S seconds on a portal and emulator of its own (3520/4520/4963)
//
//   npm run test:resilience -- [--skip-build] [--only=emulator,portal,load] [--admins=50] [--seconds=60]
//
// The e2e run (npm run test:e2e) runs the fast sample of the same three specs. Figures land in resilience-results/.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { controlTokenEnv } from '../emulator-control.mjs';
import { root, runToEnd, startProcess, stopAll, tail, waitFor } from '../processes.mjs';
import { formatLoad, runLoad } from './load.mjs';

const resultsDir = path.join(root, 'resilience-results');
const logDir = path.join(resultsDir, 'logs');

const option = (name) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1] ?? null;
const parts = ['emulator', 'portal', 'load'];
const only = option('only')?.split(',').filter(Boolean) ?? parts;
for (const part of only) if (!parts.includes(part)) throw new Error(`--only: unknown part "${part}" (parts: ${parts.join(', ')})`);
const skipBuild = process.argv.includes('--skip-build');
const admins = Number(option('admins') ?? 50);
const seconds = Number(option('seconds') ?? 60);

const emulatorTests = [
  'emulator/src/graph/authorization.test.ts',
  'emulator/src/identity/token.test.ts',
  'emulator/src/identity/verify.test.ts',
  'emulator/src/identity/sign-in.test.ts',
  'emulator/src/graph/fuzz.test.ts',
  'emulator/src/graph/batch-isolation.test.ts',
  'emulator/src/control.test.ts',
  'emulator/src/crash-restart.test.ts',
];
const portalSpecs = ['e2e/portal-fuzz.spec.ts', 'e2e/fault-rounds.spec.ts', 'e2e/kill-mid-write.spec.ts'];

/** Runs `node args…` to the end; resolves with whether it passed (its output is in the log file). */
async function passes(name, args, env = {}) {
  try {
    await runToEnd(name, args, { env, logDir });
    return true;
  } catch (error) {
    console.error(String(error.message ?? error));
    return false;
  }
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const summary = { at: new Date().toISOString(), parts: {} };

async function emulatorPart() {
  const report = path.join(resultsDir, 'emulator-vitest.json');
  const ok = await passes('emulator-vitest', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'emulator', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...emulatorTests], { NO_COLOR: '1' });
  const json = readJson(report);
  const crash = /crash test: (.*)/.exec(tail(path.join(logDir, 'emulator-vitest.log'), 400))?.[1] ?? null;
  return {
    ok,
    files: emulatorTests.length,
    tests: json?.numTotalTests ?? null,
    passed: json?.numPassedTests ?? null,
    failed: json?.numFailedTests ?? null,
    crashRestart: crash,
  };
}

// The portal and load parts both run `next start` on the production build: build it once, unless --skip-build.
let built = null;
const ensureBuilt = () => (built ??= skipBuild ? Promise.resolve(true) : passes('next-build', ['node_modules/next/dist/bin/next', 'build']));

async function portalPart() {
  if (!(await ensureBuilt())) return { ok: false, build: 'failed' };
  for (const spec of ['portal-fuzz', 'fault-rounds', 'kill-mid-write']) rmSync(path.join(resultsDir, `${spec}.json`), { force: true });
  const ok = await passes('portal-playwright', ['node_modules/@playwright/test/cli.js', 'test', ...portalSpecs, '--reporter=list'], {
    NO_COLOR: '1',
    RESILIENCE_FULL: '1',
    E2E_PORTAL_PORT: '3510',
    E2E_EMULATOR_PORT: '4510',
    E2E_EMULATOR_HTTPS_PORT: '4953',
  });
  const lines = readFileSync(path.join(logDir, 'portal-playwright.log'), 'utf8').split('\n');
  const results = lines.filter((l) => /^\s+[✓✘-]\s+\d+ \[/.test(l)).map((l) => l.trim().replace(/\s+\(\d.*\)$/, ''));
  return {
    ok,
    tests: results,
    portalFuzz: readJson(path.join(resultsDir, 'portal-fuzz.json')),
    faultRounds: readJson(path.join(resultsDir, 'fault-rounds.json')),
    killMidWrite: readJson(path.join(resultsDir, 'kill-mid-write.json')),
  };
}

async function loadPart() {
  if (!(await ensureBuilt())) return { ok: false, error: 'the build failed' };
  const ports = { portal: 3520, emulator: 4520, emulatorHttps: 4963 };
  const portal = `http://localhost:${ports.portal}`;
  const emulator = `http://localhost:${ports.emulator}`;
  const dataDir = path.join(root, '.emulator-data', 'resilience-load');
  const emu = startProcess('load-emulator', ['--import', 'tsx', 'emulator/src/main.ts', '--reset', '--data-dir', dataDir, '--port', String(ports.emulator), '--https-port', String(ports.emulatorHttps)], {
    env: { EMULATOR_PORTAL_REDIRECT_URIS: `${portal}/auth/redirect`, EMULATOR_FAULTS: '', ...controlTokenEnv },
    logDir,
  });
  const next = startProcess('load-portal', ['node_modules/next/dist/bin/next', 'start', '-p', String(ports.portal)], {
    env: { PORT: String(ports.portal), EMULATOR_PORT: String(ports.emulator), EMULATOR_HTTPS_PORT: String(ports.emulatorHttps) },
    logDir,
  });
  try {
    await Promise.all([waitFor(emu, `${emulator}/_emulator/health`), waitFor(next, `${portal}/sign-in`)]);
    const figures = await runLoad({ portal, emulator, count: admins, seconds, log: (line) => console.log(`  ${line}`) });
    writeFileSync(path.join(resultsDir, 'load.json'), `${JSON.stringify(figures, null, 2)}\n`);
    return { ok: figures.errors === 0, ...figures };
  } finally {
    await stopAll();
  }
}

function printSummary() {
  console.log('\n=== Resilience summary ===');
  const { emulator, portal, load } = summary.parts;
  if (emulator) {
    console.log(`emulator  ${emulator.ok ? 'PASS' : 'FAIL'}: ${emulator.passed}/${emulator.tests} tests passed in ${emulator.files} files`);
    if (emulator.crashRestart) console.log(`          crash-restart: ${emulator.crashRestart}`);
  }
  if (portal) {
    console.log(`portal    ${portal.ok ? 'PASS' : 'FAIL'}${portal.build ? ` (build ${portal.build})` : ''}`);
    for (const line of portal.tests ?? []) console.log(`          ${line}`);
    const fuzz = portal.portalFuzz;
    if (fuzz) {
      for (const state of ['signedOut', 'signedIn']) {
        const s = fuzz[state];
        if (s) console.log(`          fuzz ${state}: ${fuzz.tested} URLs, by status ${JSON.stringify(s.byStatus)}, ${s.findings} findings`);
      }
    }
    const rounds = portal.faultRounds;
    if (rounds) {
      for (const kind of ['remove', 'add']) {
        const r = rounds[kind];
        console.log(`          fault rounds (${rounds.rounds}) ${kind}: ${r.items} items, ${r.done} done, ${r.notDone} not done, ${r.unknown} unknown, ${r.unreported} unreported, ${r.misreported} misreported`);
      }
    }
    const kill = portal.killMidWrite;
    if (kill) {
      console.log(`          kill mid-write: ${kill.removedInGraph}/${kill.people} removed in Graph; bar: ${kill.reported.done} done, ${kill.reported['not done']} not done, ${kill.reported.unknown} unknown, ${kill.unreported.length} unreported, ${kill.misreported.length} misreported; ${kill.duplicates} duplicates, ${kill.auditMismatches} audit mismatches; restart ${kill.restartMs} ms`);
    }
  }
  if (load) {
    if (load.requests === undefined) console.log(`load      FAIL: ${load.error}`);
    else console.log(`load      ${load.ok ? 'PASS' : 'FAIL'}\n${formatLoad(load).replace(/^/gm, '          ')}`);
  }
  console.log(`figures: ${path.relative(root, resultsDir)}/ (${readdirSync(resultsDir).filter((f) => f.endsWith('.json')).join(', ')})`);
}

mkdirSync(logDir, { recursive: true });
const runners = { emulator: emulatorPart, portal: portalPart, load: loadPart };
for (const part of parts.filter((p) => only.includes(p))) {
  console.log(`--- ${part}`);
  const started = performance.now();
  try {
    summary.parts[part] = await runners[part]();
  } catch (error) {
    summary.parts[part] = { ok: false, error: String(error.message ?? error).slice(0, 2000) };
    console.error(summary.parts[part].error);
  }
  summary.parts[part].partSeconds = Math.round((performance.now() - started) / 1000);
}
writeFileSync(path.join(resultsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
printSummary();
process.exitCode = Object.values(summary.parts).every((p) => p.ok) ? 0 : 1;
