// Loopback load on a running portal: N signed-in admins, each looping over the main blades for S seconds, one
// request at a time as a person clicking through would (no think time: this is the worst such crowd). Reports
// throughput, latency percentiles, errors (5xx, dropped connections, a blade that shows an error boundary) and the
// resident memory of the portal and the emulator, sampled each second with ps.
//
//   node scripts/resilience/load.mjs --portal=http://localhost:3000 --emulator=http://localhost:4000 --admins=10 --seconds=15
//
// scripts/resilience/run.mjs (npm run test:resilience) starts servers of its own and calls runLoad().
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { percentile } from '../bench/stats.mjs';
import { portalSession, userToken } from '../bench/session.mjs';

// Demo tenant admins (emulator/README.md, "Demo accounts"): every session is its own sign-in, several per account.
const admins = ['PattiF@contoso.onmicrosoft.com', 'MeganB@contoso.onmicrosoft.com', 'IsaiahL@contoso.onmicrosoft.com'];

const HELPDESK_ADMINISTRATOR = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const ALEX_WILBER = '2d30e803-2cc0-5360-839b-e08aa645078b';
export const blades = [
  '/roles',
  `/roles/${HELPDESK_ADMINISTRATOR}`,
  `/roles/${HELPDESK_ADMINISTRATOR}/description`,
  '/users',
  `/users/${ALEX_WILBER}/roles`,
  '/groups',
  '/admin-units',
  '/app-registrations',
  '/audit',
  '/my-roles',
];

const errorBoundary = /Something went wrong|couldn.t load|couldn.t be loaded/;

/** Resident set size in MB of the processes listening on `port` and their process groups (next-server is a child). */
export function rssOfPort(port) {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const pids = [...new Set([...out.matchAll(/pid=(\d+)/g)].map((m) => m[1]))];
    if (pids.length === 0) return null;
    const groups = pids.map((pid) => execFileSync('ps', ['-o', 'pgid=', '-p', pid], { encoding: 'utf8' }).trim());
    const rss = execFileSync('ps', ['-o', 'rss=', '-g', [...new Set(groups)].join(',')], { encoding: 'utf8' });
    return Math.round(rss.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb), 0) / 1024);
  } catch {
    return null;
  }
}

/** Signs in `count` sessions and runs the load; resolves with the figures. */
export async function runLoad({ portal, emulator, count, seconds, log = console.log }) {
  const portalPort = Number(new URL(portal).port);
  const emulatorPort = Number(new URL(emulator).port);
  log(`load: signing in ${count} admin sessions`);
  const cookies = [];
  for (let i = 0; i < count; i += 1) {
    const { token } = await userToken(emulator, portal, admins[i % admins.length]);
    cookies.push(await portalSession(portal, token));
  }

  const latencies = [];
  const errors = { server: 0, dropped: 0, errorBoundary: 0, redirectOr4xx: 0 };
  const firstErrors = [];
  const rss = { portal: [], emulator: [] };
  const sample = () => {
    const p = rssOfPort(portalPort);
    const e = rssOfPort(emulatorPort);
    if (p !== null) rss.portal.push(p);
    if (e !== null) rss.emulator.push(e);
  };
  sample();
  const sampler = setInterval(sample, 1_000);
  const note = (what) => {
    if (firstErrors.length < 10) firstErrors.push(what);
  };

  log(`load: ${count} admins \u00d7 ${seconds} s over ${blades.length} blades`);
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  const admin = async (cookie, index) => {
    for (let step = index; performance.now() < deadline; step += 1) {
      const path = blades[step % blades.length];
      const t0 = performance.now();
      try {
        const response = await fetch(`${portal}${path}`, { headers: { Cookie: `rp_session=${cookie}` }, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
        const body = await response.text();
        latencies.push(performance.now() - t0);
        if (response.status >= 500) {
          errors.server += 1;
          note(`${response.status} ${path}`);
        } else if (response.status >= 300) {
          errors.redirectOr4xx += 1;
          note(`${response.status} ${path}`);
        } else if (errorBoundary.test(body)) {
          errors.errorBoundary += 1;
          note(`error boundary on ${path}`);
        }
      } catch (error) {
        latencies.push(performance.now() - t0);
        errors.dropped += 1;
        note(`${path}: ${String(error.cause ?? error).slice(0, 120)}`);
      }
    }
  };
  await Promise.all(cookies.map((cookie, index) => admin(cookie, index)));
  const elapsed = (performance.now() - started) / 1_000;
  clearInterval(sampler);
  sample();

  const sorted = [...latencies].sort((a, b) => a - b);
  const totalErrors = errors.server + errors.dropped + errors.errorBoundary + errors.redirectOr4xx;
  return {
    admins: count,
    seconds,
    requests: latencies.length,
    throughputPerSecond: Number((latencies.length / elapsed).toFixed(1)),
    p50Ms: Math.round(percentile(sorted, 50) ?? 0),
    p95Ms: Math.round(percentile(sorted, 95) ?? 0),
    maxMs: Math.round(sorted.at(-1) ?? 0),
    errors: totalErrors,
    errorKinds: errors,
    errorRate: latencies.length ? Number((totalErrors / latencies.length).toFixed(4)) : 0,
    firstErrors,
    rssMb: {
      portalStart: rss.portal[0] ?? null,
      portalPeak: rss.portal.length ? Math.max(...rss.portal) : null,
      portalEnd: rss.portal.at(-1) ?? null,
      emulatorStart: rss.emulator[0] ?? null,
      emulatorPeak: rss.emulator.length ? Math.max(...rss.emulator) : null,
      emulatorEnd: rss.emulator.at(-1) ?? null,
    },
  };
}

export function formatLoad(f) {
  return [
    `${f.admins} admins \u00d7 ${f.seconds} s: ${f.requests} requests, ${f.throughputPerSecond}/s, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms`,
    `errors ${f.errors} (${JSON.stringify(f.errorKinds)})${f.firstErrors.length ? `; first: ${f.firstErrors.join(' | ')}` : ''}`,
    `RSS MB portal ${f.rssMb.portalStart} \u2192 peak ${f.rssMb.portalPeak} \u2192 end ${f.rssMb.portalEnd}; emulator ${f.rssMb.emulatorStart} \u2192 peak ${f.rssMb.emulatorPeak} \u2192 end ${f.rssMb.emulatorEnd}`,
  ].join('\n');
}

function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await runLoad({
    portal: option('portal', 'http://localhost:3000'),
    emulator: option('emulator', 'http://localhost:4000'),
    count: Number(option('admins', '50')),
    seconds: Number(option('seconds', '60')),
  });
  console.log(formatLoad(figures));
  console.log(JSON.stringify(figures));
  process.exitCode = figures.errors ? 1 : 0;
}
