// The printed report: one table per tenant, each figure with its target's PASS/MISS and the change since the
// previous results.json, then the misses with their causes.

export const targets = {
  depth: 2,
  serverP95Ms: 300,
  gridMedianMs: 1_000,
  jsGzipBytes: 300_000,
  bulkRequests: 6,
  bulkWallMs: 3_000,
};

const kb = (bytes) => (bytes === null || bytes === undefined ? null : Math.round(bytes / 100) / 10);

function delta(current, previous, unit = '') {
  if (typeof current !== 'number' || typeof previous !== 'number') return '';
  const d = Math.round((current - previous) * 10) / 10;
  if (d === 0) return ' (=)';
  return ` (${d > 0 ? '+' : ''}${d}${unit})`;
}

function verdict(pass) {
  return pass === null ? '' : pass ? ' PASS' : ' MISS';
}

function pad(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

/** Per blade: the targets it is held to on this tenant, with PASS/MISS and why. */
export function judge(tenant, blade) {
  const misses = [];
  const checks = {};
  const strict = tenant === 'scale';
  if (blade.graph) {
    const perRow = blade.graph.perRow.filter((p) => !p.shape.includes('$skiptoken'));
    checks.depth = blade.graph.depth <= targets.depth && perRow.length === 0;
    if (blade.graph.depth > targets.depth) misses.push(`depth ${blade.graph.depth} > ${targets.depth}: ${blade.graph.chain.join(' → ')}`);
    for (const p of perRow) misses.push(`a request per row: ${p.count}× ${p.shape.slice(0, 110)}${p.batched ? ' (inside $batch)' : ''}`);
  }
  if (blade.ariaRows === 0) misses.push('the HTML holds no grid rows: the blade rendered an error or an empty state (see bench/.data/logs/portal.log)');
  if (blade.browserError) misses.push(`browser: ${blade.browserError}`);
  if (blade.server && strict) {
    checks.server = blade.server.p95Ms <= targets.serverP95Ms;
    if (!checks.server) {
      const graphShare = blade.graph ? `; Graph busy ${blade.graph.graphMs} ms of the first load` : '';
      misses.push(`server p95 ${blade.server.p95Ms} ms > ${targets.serverP95Ms} ms${graphShare}`);
    }
  }
  if (blade.grid && strict) {
    checks.grid = blade.grid.medianMs <= targets.gridMedianMs;
    if (!checks.grid) misses.push(`grid median ${blade.grid.medianMs} ms > ${targets.gridMedianMs} ms (server p50 ${blade.server?.medianMs} ms of it)`);
  }
  if (blade.js) {
    checks.js = blade.js.gzipBytes <= targets.jsGzipBytes;
    if (!checks.js) misses.push(`JS ${kb(blade.js.gzipBytes)} kB gzip > ${targets.jsGzipBytes / 1000} kB; largest: ${blade.js.largest.slice(0, 3).map((f) => `${f.url.split('/').pop()} ${kb(f.gzip)} kB`).join(', ')}`);
  }
  return { checks, misses };
}

export function judgeBulk(bulk) {
  if (!bulk || bulk.error) return { checks: {}, misses: bulk?.error ? [`bulk removal failed: ${bulk.error}`] : [] };
  const misses = [];
  const checks = {
    batched: bulk.deletesOutsideBatch === 0 && bulk.deletes >= 100,
    requests: bulk.requests <= targets.bulkRequests,
    wall: bulk.wallMs < targets.bulkWallMs,
  };
  if (!checks.batched) misses.push(`${bulk.deletesOutsideBatch} DELETEs outside $batch (${bulk.deletes} in all)`);
  if (!checks.requests) misses.push(`${bulk.requests} Graph requests > ${targets.bulkRequests}: ${bulk.graph.chain.join(' → ')}; ${bulk.graph.shapes.filter((s) => !s.includes('DELETE')).slice(0, 6).join('; ')}`);
  if (!checks.wall) misses.push(`${bulk.wallMs} ms ≥ ${targets.bulkWallMs} ms (Graph busy ${bulk.graph.graphMs} ms)`);
  return { checks, misses };
}

export function render(results, previous) {
  const out = [];
  for (const [tenant, data] of Object.entries(results.tenants)) {
    const prev = previous?.tenants?.[tenant];
    out.push('', `== ${tenant === 'scale' ? 'Large tenant (--scale)' : 'Demo tenant (Contoso)'}: ${data.description}`);
    if (data.error) {
      out.push(`   FAILED: ${data.error}`);
      continue;
    }
    const rows = [['Blade', 'Graph req (+inner)', 'Depth ≤2', 'Server p50 / p95 ms', 'Grid p50 ms', 'JS gzip kB']];
    const missLines = [];
    for (const blade of data.blades) {
      const p = prev?.blades?.find((b) => b.key === blade.key);
      if (blade.skipped) {
        rows.push([blade.label, `not built (${blade.skipped})`, '', '', '', '']);
        continue;
      }
      if (blade.error) {
        rows.push([blade.label, `ERROR`, '', '', '', '']);
        missLines.push(`   ${blade.label}: ${blade.error}`);
        continue;
      }
      const { checks, misses } = judge(tenant, blade);
      const strict = tenant === 'scale';
      rows.push([
        blade.label,
        `${blade.graph.requests} (+${blade.graph.innerRequests})${delta(blade.graph.requests, p?.graph?.requests)}`,
        `${blade.graph.depth}${delta(blade.graph.depth, p?.graph?.depth)}${verdict(checks.depth ?? null)}`,
        blade.server ? `${blade.server.medianMs} / ${blade.server.p95Ms}${delta(blade.server.p95Ms, p?.server?.p95Ms)}${strict ? verdict(checks.server) : ''}` : '',
        blade.grid ? `${blade.grid.medianMs}${delta(blade.grid.medianMs, p?.grid?.medianMs)}${strict ? verdict(checks.grid) : ''}` : 'n/a',
        blade.js ? `${kb(blade.js.gzipBytes)}${delta(kb(blade.js.gzipBytes), kb(p?.js?.gzipBytes))}${verdict(checks.js)}` : 'n/a',
      ]);
      for (const m of misses) missLines.push(`   ${blade.label}: ${m}`);
      for (const e of blade.graph.errors) missLines.push(`   ${blade.label}: Graph error ${e}`);
    }
    out.push(pad(rows));
    if (data.bulk) {
      const b = data.bulk;
      const { checks, misses } = judgeBulk(b);
      const pb = prev?.bulk;
      if (b.error) out.push(`Bulk removal of 100: FAILED (${b.error})`);
      else {
        out.push(
          `Bulk removal of 100 (${b.path}): ${b.message || 'no message'}`,
          `   wall ${b.wallMs} ms${delta(b.wallMs, pb?.wallMs)}${verdict(checks.wall)} (< ${targets.bulkWallMs} ms) · Graph requests ${b.requests} (+${b.graph.innerRequests} inner)${delta(b.requests, pb?.requests)}${verdict(checks.requests)} (≤ ${targets.bulkRequests}) · ${b.deletes} DELETEs, ${b.deletesOutsideBatch} outside $batch${verdict(checks.batched)} · restored ${b.restored}`,
        );
      }
      for (const m of misses) missLines.push(`   Bulk removal: ${m}`);
    }
    if (missLines.length) out.push('Misses and errors:', ...missLines);
  }
  out.push(
    '',
    `Targets: depth ≤ ${targets.depth} and no request per row (every tenant); on the large tenant server p95 ≤ ${targets.serverP95Ms} ms, grid median ≤ ${targets.gridMedianMs} ms;`,
    `JS on first load ≤ ${targets.jsGzipBytes / 1000} kB (gzip -9 of each script, recomputed); bulk removal via $batch, ≤ ${targets.bulkRequests} requests, < ${targets.bulkWallMs} ms.`,
    `Graph req = top-level HTTP requests to Graph for one signed-in load (+ requests inside $batch envelopes).`,
  );
  return out.join('\n');
}
