// Server time to the complete HTML (or JSON): a signed-in GET with the rp_session cookie, body read to the end.
import { analyze, clearLog, readLog } from './graph-log.mjs';
import { median, percentile, round } from './stats.mjs';

async function timedGet(url, cookie) {
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: `rp_session=${cookie}` }, redirect: 'manual' });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body), body };
}

/** Status of one signed-in load, and the Graph requests it made. */
export async function graphOfView(emulatorOrigin, url, cookie) {
  await clearLog(emulatorOrigin);
  const { status, bytes, ms, body } = await timedGet(url, cookie);
  // Let requests still running after the response (none expected) land in the log.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const log = await readLog(emulatorOrigin);
  return { status, bytes, ms, body, graph: analyze(log) };
}

export async function serverTimes(url, cookie, { runs = 20, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i += 1) await timedGet(url, cookie);
  const samples = [];
  const statuses = new Set();
  for (let i = 0; i < runs; i += 1) {
    const { ms, status } = await timedGet(url, cookie);
    samples.push(ms);
    statuses.add(status);
  }
  return { medianMs: round(median(samples)), p95Ms: round(percentile(samples, 95)), runs, statuses: [...statuses] };
}
