import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The guard run as the test command runs it, on a made-up build: one shared chunk and one chunk per route.
const script = path.resolve(__dirname, 'check-bundles.mjs');
let dist = '';

function fakeBuild(chunks: Record<string, string>, routes: Record<string, string[]>) {
  dist = mkdtempSync(path.join(tmpdir(), 'check-bundles-'));
  mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true });
  mkdirSync(path.join(dist, 'diagnostics'));
  for (const [name, text] of Object.entries(chunks)) writeFileSync(path.join(dist, 'static', 'chunks', name), text);
  const stats = Object.entries(routes).map(([route, names]) => ({
    route,
    firstLoadUncompressedJsBytes: 0,
    firstLoadChunkPaths: names.map((name) => `.next/static/chunks/${name}`),
  }));
  writeFileSync(path.join(dist, 'diagnostics', 'route-bundle-stats.json'), JSON.stringify(stats));
}

function check(): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [script, '--dist', dist], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { code: failed.status, output: failed.stderr };
  }
}

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('check-bundles', () => {
  const shared = 'self.react=1;';
  const msal = 'var x={name:"@azure/msal-browser",version:"5"};';

  it('passes a build whose blades are free of zod and MSAL, with MSAL on the sign-in pages and on demand', () => {
    fakeBuild(
      { 'a.js': shared, 'b.js': 'blade();', 'm.js': msal, 'renew.js': msal },
      { '/roles': ['a.js', 'b.js'], '/sign-in': ['a.js', 'm.js'], '/auth/redirect': ['m.js'] },
    );
    const { code, output } = check();
    expect(code).toBe(0);
    expect(output).toContain('3 routes, 4 chunks');
  });

  it('fails on zod planted in a blade\u2019s chunk, naming the route and the chunk', () => {
    fakeBuild({ 'a.js': shared, 'z.js': 'class q{constructor(){this._zod={name:"$ZodType"}}}' }, { '/roles': ['a.js'], '/roles/[roleId]': ['a.js', 'z.js'] });
    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toContain('/roles/[roleId]: zod in its first load (z.js)');
    expect(output).not.toContain('/roles: zod');
  });

  it('fails on MSAL or the role facts outside the sign-in pages', () => {
    fakeBuild({ 'm.js': msal, 'f.js': '{"privilegedActionPatterns":[]}' }, { '/groups': ['m.js'], '/audit': ['f.js'] });
    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toContain('/groups: MSAL in its first load');
    expect(output).toContain('/audit: the built-in role facts in its first load');
  });

  it('fails on zod in a chunk that no first load lists: a panel a blade loads on demand', () => {
    fakeBuild({ 'a.js': shared, 'panel.js': 'throw new q("ZodError")' }, { '/roles': ['a.js'] });
    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toContain('zod in panel.js, a chunk a page loads on demand');
  });

  // The markers must be in the real sources, so an upgrade that renames them fails here rather than passing silently.
  it('recognises the installed zod and the real role facts', () => {
    const source = (file: string) => readFileSync(path.resolve(__dirname, '..', file), 'utf8');
    fakeBuild(
      {
        'core.js': source('node_modules/zod/v4/core/schemas.js'),
        'errors.js': source('node_modules/zod/v4/classic/errors.js'),
        'facts.js': source('lib/roles/data/builtin-role-facts.json'),
      },
      { '/roles': ['core.js'], '/audit': ['errors.js'], '/roles/[roleId]': ['facts.js'] },
    );
    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toContain('/roles: zod in its first load (core.js)');
    expect(output).toContain('/audit: zod in its first load (errors.js)');
    expect(output).toContain('/roles/[roleId]: the built-in role facts in its first load (facts.js)');
  });

  it('fails when there is no build to check', () => {
    dist = mkdtempSync(path.join(tmpdir(), 'check-bundles-'));
    expect(check().code).toBe(2);
  });
});
