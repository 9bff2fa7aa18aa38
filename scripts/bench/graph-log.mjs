// Graph requests a view makes, from the emulator's request log (DELETE /_emulator/requests before the view,
// GET after). Each entry is logged when its answer is ready: `time` is its end, `time - durationMs` its start.
// Requests whose intervals overlap ran in parallel; the depth is the longest chain of requests each of which began
// after the previous one ended. Requests inside a $batch (entries with batchId) count inside their envelope.
import { emulatorControl } from '../emulator-control.mjs';

export async function clearLog(emulatorOrigin) {
  await emulatorControl(emulatorOrigin, 'DELETE', 'requests');
}

export async function readLog(emulatorOrigin) {
  const entries = await emulatorControl(emulatorOrigin, 'GET', 'requests');
  return entries.filter((entry) => entry.path.startsWith('/v1.0'));
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A request's shape: the path with ids and paging tokens taken out, e.g. `GET /groups/{id}/members?$count=…`. */
export function shapeOf(entry) {
  const path = entry.path
    .replace(/^\/v1\.0/, '')
    .replace(GUID, '{id}')
    .replace(/\$skiptoken=[^&]*/g, '$skiptoken=…');
  return `${entry.method} ${path}`;
}

/** A short name for a request in a chain: `GET roleAssignments`, `POST $batch(12)`. */
function shortName(entry, innerCount) {
  const path = entry.path.replace(/^\/v1\.0/, '').split('?')[0].replace(GUID, '{id}');
  const last = path.split('/').filter((s) => s && s !== '{id}' && s !== 'roleManagement' && s !== 'directory').slice(-2).join('/');
  const paged = /\$skiptoken=/.test(entry.path) ? ' (next page)' : '';
  return entry.path.startsWith('/v1.0/$batch') ? `${entry.method} $batch(${innerCount})` : `${entry.method} ${last || path}${paged}`;
}

export function analyze(entries) {
  const inner = entries.filter((e) => e.batchId);
  const outer = entries.filter((e) => !e.batchId);
  const withTimes = outer
    .map((e) => {
      const end = Date.parse(e.time);
      return { entry: e, start: end - e.durationMs, end };
    })
    .sort((a, b) => a.start - b.start);
  // Inner requests per envelope: entries of one batch share its batchId; the envelopes' own request-ids are not
  // logged, so inner requests are matched to the envelope whose interval contains them.
  const innerCounts = withTimes.map((item) =>
    item.entry.path.startsWith('/v1.0/$batch')
      ? inner.filter((e) => {
          const end = Date.parse(e.time);
          return end - e.durationMs >= item.start - 1 && end <= item.end + 1;
        }).length
      : 0,
  );
  // Longest chain of non-overlapping requests (a DAG over start order): best[i] = 1 + max best[j], j ended before i began.
  const best = withTimes.map(() => 1);
  const previous = withTimes.map(() => -1);
  for (let i = 0; i < withTimes.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (withTimes[j].end <= withTimes[i].start && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        previous[i] = j;
      }
    }
  }
  let depth = 0;
  let last = -1;
  best.forEach((value, index) => {
    if (value > depth) {
      depth = value;
      last = index;
    }
  });
  const steps = [];
  for (let i = last; i >= 0; i = previous[i]) steps.unshift(shortName(withTimes[i].entry, innerCounts[i]));
  // Repeats collapse: "GET roleAssignments (next page) ×49".
  const chain = [];
  for (const step of steps) {
    const prev = chain[chain.length - 1];
    if (prev && prev.name === step) prev.n += 1;
    else chain.push({ name: step, n: 1 });
  }
  chain.forEach((c, i) => (chain[i] = c.n > 1 ? `${c.name} ×${c.n}` : c.name));

  // A request per row: one shape asked for many different ids (paging repeats a shape with the same ids).
  const byShape = new Map();
  for (const e of entries) {
    const shape = shapeOf(e);
    const ids = (e.path.match(GUID) ?? []).join(',');
    const group = byShape.get(shape) ?? { count: 0, ids: new Set() };
    group.count += 1;
    group.ids.add(ids);
    byShape.set(shape, group);
  }
  const perRow = [...byShape.entries()]
    .filter(([, g]) => g.ids.size > 10)
    .map(([shape, g]) => ({ shape, count: g.count, batched: entries.filter((e) => e.batchId && shapeOf(e) === shape).length === g.count }));

  const errors = entries.filter((e) => e.status >= 400).map((e) => `${e.status} ${e.method} ${e.path.slice(0, 120)}`);
  const graphMs = withTimes.length ? Math.max(...withTimes.map((w) => w.end)) - Math.min(...withTimes.map((w) => w.start)) : 0;
  const origin = withTimes.length ? withTimes[0].start : 0;
  const timeline = withTimes.map((w, i) => `${String(Math.round(w.start - origin)).padStart(5)}–${String(Math.round(w.end - origin)).padEnd(5)} ms ${shortName(w.entry, innerCounts[i])}  ${w.entry.path.slice(0, 140)}`);
  return {
    timeline,
    requests: outer.length,
    innerRequests: inner.length,
    depth,
    chain,
    perRow,
    errors,
    graphMs: Math.round(graphMs),
    shapes: [...byShape.entries()].map(([shape, g]) => `${g.count}× ${shape.slice(0, 160)}`),
  };
}
