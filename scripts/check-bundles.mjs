// npm run check:bundles (after next build): fails when code that must stay on the server, or load on demand, is in
// the browser's JavaScript (issue #8). zod and the built-in role facts belong to the server: no client chunk may
// carry them, not even one a blade loads on demand (an Add panel, a dialog). MSAL belongs to the sign-in pages'
// first load only: the signed-in shell imports it on demand, to renew the token or sign out. Reads the build's own
// list of each route's first-load chunks (.next/diagnostics/route-bundle-stats.json) and looks for strings that
// survive minification. Options: --dist DIR (default .next).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

// `firstLoadOnly: false`: looked for in every chunk of static/chunks; otherwise in each route's first load, except
// the routes in `allowedOn`.
const forbidden = [
  { what: 'zod', markers: ['$ZodType', '"ZodError"'], firstLoadOnly: false },
  { what: 'the built-in role facts', markers: ['privilegedActionPatterns'], firstLoadOnly: false },
  { what: 'MSAL', markers: ['@azure/msal-browser', 'msal.js.browser'], firstLoadOnly: true, allowedOn: ['/sign-in', '/auth/redirect'] },
];

const { values } = parseArgs({ options: { dist: { type: 'string', default: '.next' } } });
const dist = path.resolve(values.dist);
const statsFile = path.join(dist, 'diagnostics', 'route-bundle-stats.json');
const chunksDir = path.join(dist, 'static', 'chunks');
if (!existsSync(statsFile) || !existsSync(chunksDir)) {
  console.error(`check:bundles: ${existsSync(statsFile) ? chunksDir : statsFile} is missing; run next build first.`);
  process.exit(2);
}

const routes = JSON.parse(readFileSync(statsFile, 'utf8'));
// The stats name chunks as ".next/static/chunks/x.js"; they are read from the build being checked, by file name.
const chunkName = (chunkPath) => path.basename(chunkPath);
const chunkText = new Map();
const read = (name) => {
  if (!chunkText.has(name)) chunkText.set(name, readFileSync(path.join(chunksDir, name), 'utf8'));
  return chunkText.get(name);
};
const carries = (name, markers) => markers.some((marker) => read(name).includes(marker));

const failures = [];
const allChunks = readdirSync(chunksDir).filter((name) => name.endsWith('.js'));
for (const { what, markers, firstLoadOnly, allowedOn = [] } of forbidden) {
  for (const { route, firstLoadChunkPaths } of routes) {
    if (allowedOn.includes(route)) continue;
    const chunk = firstLoadChunkPaths.map(chunkName).find((name) => carries(name, markers));
    if (chunk) failures.push(`${route}: ${what} in its first load (${chunk})`);
  }
  if (firstLoadOnly) continue;
  const firstLoaded = new Set(routes.flatMap((route) => route.firstLoadChunkPaths.map(chunkName)));
  for (const chunk of allChunks.filter((name) => !firstLoaded.has(name) && carries(name, markers))) {
    failures.push(`${what} in ${chunk}, a chunk a page loads on demand`);
  }
}

if (failures.length) {
  console.error(`check:bundles: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  console.error('Import only zod-free modules from client components (e.g. lib/roles/scope-kinds.ts), and MSAL through import().');
  process.exit(1);
}
console.log(
  `check:bundles: ${routes.length} routes, ${allChunks.length} chunks: no zod or role facts in any chunk, no MSAL in a first load outside sign-in.`,
);
