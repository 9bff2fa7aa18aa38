// npm run bench: builds the portal, runs it against the emulator on the demo tenant and on the large generated
// tenant, and measures each blade (Graph requests and depth, server time, grid-visible time, first-load JS) and a
// bulk removal of 100 assignments. Prints a table with each target's PASS/MISS and writes bench/results.json
// (compared with the previous one). Options: --skip-build, --tenants=demo,scale, --runs=N (server samples),
// --loads=N (browser loads). See README, "Performance".
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { accounts, builtInRoles } from '../../tests/demo-tenant.mjs';
import { emulatorControl } from '../emulator-control.mjs';
import { analyze, clearLog, readLog } from './graph-log.mjs';
import { bulkRemoval, gridTimes, launch, shippedJs } from './measure-browser.mjs';
import { graphOfView, serverTimes } from './measure-server.mjs';
import { buildPortal, emulatorOrigin, portalOrigin, root, scaleMarkerPath, startEmulator, startPortal, stop, stopAll } from './servers.mjs';
import { appToken, graphBatch, graphGet, graphGetAll, portalSession, userToken } from './session.mjs';
import { round } from './stats.mjs';
import { render } from './table.mjs';

const HELPDESK_ADMINISTRATOR = builtInRoles.helpdeskAdministrator;
const ADMIN_UPN = accounts.privilegedRoleAdministrator.upn;
const resultsPath = path.join(root, 'bench', 'results.json');

const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    tenants: { type: 'string', default: 'demo,scale' },
    runs: { type: 'string', default: '20' },
    loads: { type: 'string', default: '5' },
    verbose: { type: 'boolean', default: false },
  },
});
const serverRuns = Math.max(20, Number(options.runs));
const browserLoads = Math.max(5, Number(options.loads));

// What each tenant's blades open: found by name with the automation app's token.
const tenants = {
  demo: { description: 'Contoso, 60 users', au: 'Seattle', app: 'Contoso Expenses', user: 'ChristieC@contoso.onmicrosoft.com', search: 'ad' },
  scale: { description: '100,001 users, 5,000 groups, 300 roles, ~20,000 assignments', au: 'Scale Unit 001', app: 'Scale App 001', user: 'user1@contoso.onmicrosoft.com', search: 'ad' },
};

const quote = (s) => `'${s.replace(/'/g, "''")}'`;

async function resolveIds(spec, token) {
  const one = async (pathAndQuery) => (await graphGet(emulatorOrigin, token, pathAndQuery)).value?.[0]?.id ?? null;
  const [au, app, user, heavy] = await Promise.all([
    one(`/directory/administrativeUnits?$filter=displayName eq ${encodeURIComponent(quote(spec.au))}&$select=id`),
    one(`/applications?$filter=displayName eq ${encodeURIComponent(quote(spec.app))}&$select=id`),
    graphGet(emulatorOrigin, token, `/users/${encodeURIComponent(spec.user)}?$select=id`).then((u) => u.id),
    graphGetAll(emulatorOrigin, token, `/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${HELPDESK_ADMINISTRATOR}'&$select=id&$top=999`),
  ]);
  return { au, app, user, heavyCount: heavy.length };
}

function bladesOf(spec, ids) {
  return [
    { key: 'allRoles', label: 'All roles', path: '/roles' },
    { key: 'role', label: `Role (Helpdesk Admin, ${ids.heavyCount.toLocaleString('en')} assignments)`, path: `/roles/${HELPDESK_ADMINISTRATOR}` },
    { key: 'adminUnitRoles', label: `Admin unit's roles (${spec.au})`, path: `/admin-units/${ids.au}/roles` },
    { key: 'appRoles', label: `App registration's roles (${spec.app})`, path: `/app-registrations/${ids.app}/roles` },
    { key: 'userRoles', label: `User's roles (${spec.user.split('@')[0]})`, path: `/users/${ids.user}/roles` },
    { key: 'search', label: `Picker search (q=${spec.search})`, path: `/api/directory/search?q=${spec.search}&types=user,group,servicePrincipal`, api: true },
  ];
}

const DEPTH_PROBE_LATENCY_MS = 40;

/** The emulator's injected latency per Graph request (its fault settings; 0 for none). */
async function setLatency(latencyMs) {
  await emulatorControl(emulatorOrigin, 'PUT', 'faults', latencyMs ? { latencyMs } : {});
}

async function measureBlade(browser, cookie, blade) {
  const url = `${portalOrigin}${blade.path}`;
  const result = { key: blade.key, label: blade.label, path: blade.path };
  let first = await graphOfView(emulatorOrigin, url, cookie);
  if (first.status === 404) return { ...result, skipped: '404' };
  if (first.status !== 200) return { ...result, error: `GET ${blade.path} answered ${first.status}${first.status < 400 ? ' (signed out?)' : ''}` };
  // Timing can only make parallel requests look sequential (one ends before the other starts), never the reverse.
  // The emulator serves one request at a time (PGlite), so reads of a few ms that the portal sent together were
  // logged back to back: for the depth, every Graph request waits DEPTH_PROBE_LATENCY_MS first (asynchronously, so
  // requests sent together are in flight together), and the least depth over a few warm loads is kept.
  await setLatency(DEPTH_PROBE_LATENCY_MS);
  try {
    for (let i = 0; i < 3; i += 1) {
      const again = await graphOfView(emulatorOrigin, url, cookie);
      if (i === 0 || again.graph.depth < first.graph.depth) first = again;
    }
  } finally {
    await setLatency(0);
  }
  result.graph = first.graph;
  result.htmlBytes = first.bytes;
  if (blade.api) result.items = JSON.parse(first.body).principals?.length ?? null;
  else result.ariaRows = (first.body.match(/role="row"/g) ?? []).length;
  process.stdout.write(`   ${blade.label}: ${first.graph.requests} Graph requests, depth ${first.graph.depth}; server…`);
  if (options.verbose) process.stdout.write(`\n      ${first.graph.timeline.join('\n      ')}\n     `);
  result.server = await serverTimes(url, cookie, { runs: serverRuns });
  process.stdout.write(` p95 ${result.server.p95Ms} ms`);
  if (!blade.api) {
    try {
      result.grid = await gridTimes(browser, portalOrigin, cookie, url, { runs: browserLoads });
      process.stdout.write(`; grid ${result.grid.medianMs} ms`);
      result.js = await shippedJs(browser, portalOrigin, cookie, url);
      process.stdout.write(`; JS ${Math.round(result.js.gzipBytes / 1000)} kB`);
    } catch (error) {
      result.browserError = String(error?.message ?? error).split('\n')[0];
      process.stdout.write(`; browser: ${result.browserError}`);
    }
  }
  process.stdout.write('\n');
  return result;
}

/** Removes the first page (100) of the heavy role's assignments through the UI, then puts them back with $batch. */
async function measureBulk(browser, cookie, token) {
  const list = () =>
    graphGetAll(emulatorOrigin, token, `/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${HELPDESK_ADMINISTRATOR}'&$select=id,principalId,directoryScopeId,roleDefinitionId&$top=999`);
  const before = await list();
  const bladePath = `/roles/${HELPDESK_ADMINISTRATOR}`;
  // The tenant is changed from here until the assignments are back: a run that stops here reseeds next time.
  rmSync(scaleMarkerPath(), { force: true });
  const outcome = await bulkRemoval(browser, portalOrigin, cookie, `${portalOrigin}${bladePath}`, () => clearLog(emulatorOrigin));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const log = await readLog(emulatorOrigin);
  const after = await list();
  const left = new Set(after.map((a) => a.id));
  const removed = before.filter((a) => !left.has(a.id));
  for (let i = 0; i < removed.length; i += 20) {
    const responses = await graphBatch(
      emulatorOrigin,
      token,
      removed.slice(i, i + 20).map((a, n) => ({
        id: String(n + 1),
        method: 'POST',
        url: '/roleManagement/directory/roleAssignments',
        headers: { 'Content-Type': 'application/json' },
        body: { roleDefinitionId: a.roleDefinitionId, principalId: a.principalId, directoryScopeId: a.directoryScopeId },
      })),
    );
    const failed = responses.filter((r) => r.status >= 300);
    if (failed.length) throw new Error(`restoring assignments: ${failed.length} failed (${failed[0].status})`);
  }
  const restored = (await list()).length === before.length;

  // The removal proper: everything up to the end of the last $batch that carried DELETEs; after it, the blade's refresh.
  const deletes = log.filter((e) => e.method === 'DELETE');
  const lastDeleteEnd = Math.max(...deletes.map((e) => Date.parse(e.time)), 0);
  const outer = log.filter((e) => !e.batchId);
  const removal = log.filter((e) => Date.parse(e.time) - e.durationMs <= lastDeleteEnd + 1);
  const refresh = log.filter((e) => Date.parse(e.time) - e.durationMs > lastDeleteEnd + 1);
  const removalGraph = analyze(removal);
  return {
    path: bladePath,
    ...outcome,
    removedInGraph: removed.length,
    restored,
    deletes: deletes.length,
    deletesOutsideBatch: deletes.filter((e) => !e.batchId).length,
    requests: removalGraph.requests,
    graph: removalGraph,
    refresh: analyze(refresh),
    allRequests: outer.length,
  };
}

async function runTenant(name, browser, timings) {
  const spec = tenants[name];
  const data = { description: spec.description, blades: [] };
  let emulator;
  let portal;
  try {
    const t = performance.now();
    emulator = await startEmulator(name);
    timings[`${name}EmulatorStartMs`] = round(emulator.startMs);
    console.log(`-- ${name}: emulator ready in ${Math.round(emulator.startMs)} ms${name === 'scale' ? (emulator.reseeded ? ' (seeded the large tenant)' : ' (reused bench/.data/scale)') : ''}`);
    if (name === 'scale') {
      mkdirSync(path.dirname(scaleMarkerPath()), { recursive: true });
      writeFileSync(scaleMarkerPath(), `${emulator.fingerprint}\n`);
    }
    portal = await startPortal();
    const { token, via } = await userToken(emulatorOrigin, portalOrigin, ADMIN_UPN);
    const cookie = await portalSession(portalOrigin, token);
    const app = await appToken(emulatorOrigin);
    const ids = await resolveIds(spec, app);
    console.log(`   signed in as ${ADMIN_UPN} (account by ${via}); Helpdesk Administrator has ${ids.heavyCount} assignments`);
    data.ids = ids;
    for (const blade of bladesOf(spec, ids)) {
      try {
        const result = await measureBlade(browser, cookie, blade);
        if (result.skipped) console.log(`   ${blade.label}: not built (${blade.path} answers 404), skipped`);
        data.blades.push(result);
      } catch (error) {
        console.log(`   ${blade.label}: ERROR ${error.message}`);
        data.blades.push({ key: blade.key, label: blade.label, path: blade.path, error: String(error.message).split('\n')[0] });
      }
    }
    if (name === 'scale') {
      try {
        data.bulk = await measureBulk(browser, cookie, app);
        console.log(`   bulk removal: ${data.bulk.wallMs} ms, ${data.bulk.requests} Graph requests (+${data.bulk.refresh.requests} for the refresh)`);
      } catch (error) {
        data.bulk = { error: String(error.message).split('\n')[0] };
        console.log(`   bulk removal: ERROR ${error.message}`);
      }
      if (!data.bulk.error && data.bulk.restored) writeFileSync(scaleMarkerPath(), `${emulator.fingerprint}\n`);
    }
    timings[`${name}Ms`] = round(performance.now() - t);
  } catch (error) {
    data.error = String(error.message ?? error);
    console.log(`   ${name}: FAILED ${error.message}`);
  } finally {
    await stop(portal);
    await stop(emulator?.proc);
  }
  return data;
}

async function main() {
  const started = performance.now();
  const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : null;
  const results = {
    startedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    commit: (() => {
      try {
        const head = readFileSync(path.join(root, '.git'), 'utf8');
        return head.trim();
      } catch {
        return null;
      }
    })(),
    settings: { serverRuns, browserLoads },
    timings: {},
    tenants: {},
  };
  if (!options['skip-build']) {
    const t = performance.now();
    console.log('-- next build…');
    await buildPortal();
    results.timings.buildMs = round(performance.now() - t);
    console.log(`   built in ${Math.round(results.timings.buildMs / 1000)} s`);
  }
  const browser = await launch();
  try {
    for (const name of options.tenants.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!tenants[name]) throw new Error(`Unknown tenant ${name} (demo, scale)`);
      results.tenants[name] = await runTenant(name, browser, results.timings);
    }
  } finally {
    await browser.close();
  }
  results.timings.totalMs = round(performance.now() - started);
  mkdirSync(path.dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(render(results, previous));
  const total = results.timings.totalMs / 1000;
  console.log(`\nBench run time: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s (${results.machine.cpus} cores${results.timings.buildMs ? `, build ${Math.round(results.timings.buildMs / 1000)} s` : ', build skipped'}) · limit 10 min: ${total <= 600 ? 'PASS' : 'MISS'}`);
  console.log(`Results: ${path.relative(process.cwd(), resultsPath)}${previous ? ` (deltas against the run of ${previous.startedAt})` : ''}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
